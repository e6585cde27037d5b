/**
 * A deposit advance pays a new event's venue or vendor deposits before sponsorship or ticket sales arrive, so its
 * due date falls before the event. A later one is likely a typo, or a request for an event grant.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { validDate } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { leadTime } from "./lead-time.ts";

export const depositAfterEvent = defineRule<GrantInput>({
  id: "deposit-after-event",
  code: "rule.grant-deposit-after-event",
  severity: "warning",
  configKeys: [],
  check({ request, filed }, _config, _now, report) {
    const lead = leadTime(request, filed);
    const start = request.event.start_date;
    if (!lead?.deposit || !validDate(start) || lead.target <= start) return [];
    return [
      report(
        ["deposit", "due_date"],
        `The deposit is due on ${lead.target}, after the event starts on ${start}; a deposit advance pays deposits due before the event.`,
        "Check the due date. If the money is needed when the event takes place, request an event grant instead.",
      ),
    ];
  },
});
