/**
 * PSF Grants: the official minimum lead time is 6 weeks (`grants.minimum_lead_days`: 42) before the event, or for a
 * deposit advance before the deposit is due. Exactly 42 days before is in time; 41 is late.
 *
 * A warning, not an error: the applicant cannot fix a date, and the Grants WG decides whether a late request can
 * still be considered; as an error it would hold the request in needs-info forever.
 */
import { addDays, isoDate, parseDate } from "../../../util/dates.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { days } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { hasPassed, leadTime } from "./lead-time.ts";

export const late = defineRule<GrantInput>({
  id: "late",
  code: "rule.grant-late",
  severity: "warning",
  label: "late",
  configKeys: ["grants.minimum_lead_days"],
  check({ request }, config, now, report) {
    const minimum = config.grants.minimum_lead_days;
    const lead = leadTime(request, now);
    if (!lead || hasPassed(lead) || lead.days >= minimum) return [];
    const { target } = lead;
    const fileBy = isoDate(addDays(parseDate(target), -minimum));
    const from = `${plural(lead.days, "day")} from now`;
    return [
      report(
        lead.path,
        lead.deposit
          ? `The deposit is due on ${target}, ${from}. Requests must be filed at least ${days(minimum)} before the deposit is due, so this one should have been filed by ${fileBy}; it may be declined.`
          : `The event starts on ${target}, ${from}. Requests must be filed at least ${days(minimum)} before the event, so this one should have been filed by ${fileBy}; it may be declined.`,
        "The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
      ),
    ];
  },
});
