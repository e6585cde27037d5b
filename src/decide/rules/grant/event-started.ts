/**
 * PSF Grants are decided before an event: one that starts today or has started is an error (the date may be a
 * typo), and the request is late. It is not also reported as a late request: that would say the same twice.
 */
import { isoDate } from "../../../util/dates.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { validDate } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const eventStarted = defineRule<GrantInput>({
  id: "event-started",
  code: "rule.grant-event-started",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request }, _config, now, report) {
    const start = request.event.start_date;
    const today = isoDate(now);
    if (!validDate(start) || start > today) return [];
    return [
      report(
        ["event", "start_date"],
        start === today
          ? `The event starts today (${start}): grants are decided before an event, not during or after it.`
          : `The event started on ${start}, which has passed: grants are decided before an event, not during or after it.`,
        "If the date is a typo, correct it (YYYY-MM-DD).",
      ),
    ];
  },
});
