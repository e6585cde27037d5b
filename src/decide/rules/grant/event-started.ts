/**
 * PSF Grants are decided before an event: a request filed on or after the event's first day is an error (the date
 * is most likely a typo), and the request is late. It is not also reported as a late request: that would say the
 * same twice. It is counted from filing, not from today: a request filed in time whose event starts while it waits
 * for a decision is not the applicant's doing, and passed-undecided.ts says that to the deciders instead.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { validDate } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const eventStarted = defineRule<GrantInput>({
  id: "event-started",
  code: "rule.grant-event-started",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request, filed }, _config, _now, report) {
    const start = request.event.start_date;
    if (!validDate(start) || start > filed.date) return [];
    return [
      report(
        ["event", "start_date"],
        `${startedText(start, filed)}: grants are decided before an event, not during or after it.`,
        "If the date is a typo, correct it (YYYY-MM-DD).",
      ),
    ];
  },
});

function startedText(start: string, filed: GrantInput["filed"]): string {
  // Without an issue, the request is checked as if filed today (see Filing): the message speaks of today.
  if (!filed.known)
    return start === filed.date
      ? `The event starts today (${start})`
      : `The event started on ${start}, which has passed`;
  return start === filed.date
    ? `This request was filed on ${start}, the day the event starts`
    : `The event started on ${start}, before this request was filed on ${filed.date}`;
}
