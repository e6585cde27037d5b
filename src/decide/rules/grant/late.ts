/**
 * PSF Grants: the official minimum lead time is 6 weeks (`grants.minimum_lead_days`: 42) before the event, or for a
 * deposit advance before the deposit is due, so the Grants WG has time to review the request. It is counted from the
 * day the request was filed: exactly 42 days before is in time; 41 is late, however the request is edited later.
 *
 * A warning, not an error: the applicant cannot fix a date, and the Grants WG decides whether a late request can
 * still be considered; as an error it would hold the request in needs-info forever.
 */
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { days } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { filedText, leadTime, passedAtFiling } from "./lead-time.ts";

export const late = defineRule<GrantInput>({
  id: "late",
  code: "rule.grant-late",
  severity: "warning",
  label: "late",
  configKeys: ["grants.minimum_lead_days"],
  check({ request, filed }, config, _now, report) {
    const minimum = config.grants.minimum_lead_days;
    const lead = leadTime(request, filed);
    // Filed on or after the date itself: event-started.ts and deposit-past.ts say so, as errors. A request filed late
    // stays late once that date has passed: it is counted from filing.
    if (!lead || passedAtFiling(lead) || lead.days >= minimum) return [];
    const when = lead.deposit ? `the deposit is due on ${lead.target}` : `the event starts on ${lead.target}`;
    const before = lead.days > 0 ? `${plural(lead.days, "day")} before ${when}` : `on the day ${when}`;
    return [
      report(
        lead.path,
        `Grant requests are filed at least ${days(minimum)} before ${lead.subject}, so the Grants WG has time to review them. This one ${filedText(filed)}, ${before}: less than the minimum lead time, so it may be declined.`,
        "The dates cannot be changed now, and that is all right: say in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
      ),
    ];
  },
});
