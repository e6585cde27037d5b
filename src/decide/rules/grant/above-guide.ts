/**
 * The PSF guide weighs the amount by attendance (15 USD per attendee per day, `grants.per_attendee_per_day`; 0 turns
 * it off), and a grant may be approved for less than requested. A deposit advance pays a quote, not attendance.
 */
import { daysBetween, parseDate } from "../../../util/dates.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS, requestedText, validDate } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const aboveGuide = defineRule<GrantInput>({
  id: "above-guide",
  code: "rule.grant-above-guide",
  severity: "warning",
  configKeys: ["grants.per_attendee_per_day", ...MONEY_KEYS],
  check({ request }, config, _now, report) {
    const per = config.grants.per_attendee_per_day;
    const inBase = amountInBase(request, config);
    if (per <= 0 || request.grant_type === "deposit-advance" || inBase === undefined) return [];
    const { start_date: start, end_date: end, expected_attendees: attendees } = request.event;
    // Dates the form could not read, or in the wrong order (another rule says so), count as one day.
    const eventDays =
      validDate(start) && validDate(end) && end >= start
        ? daysBetween(parseDate(start), parseDate(end)) + 1
        : 1;
    const guide = attendees * eventDays * per;
    if (roundCents(inBase) <= roundCents(guide)) return [];
    const base = config.base_currency;
    return [
      report(
        ["requested", "amount"],
        `The amount requested, ${requestedText(request, config)}, is more than the guide of ${formatAmount(per, base)} per attendee per day: ${plural(attendees, "attendee")} × ${plural(eventDays, "day")} gives ${formatAmount(guide, base)}. The grant may be approved for less.`,
        "Explain in the request what makes the event need more (travel support, accessibility, childcare…), or lower the amount.",
      ),
    ];
  },
});
