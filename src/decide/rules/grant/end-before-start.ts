/** An event cannot end before it starts: one of the two dates is a typo. */
import { defineRule } from "../../../validate/rules/rule.ts";
import { validDate } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const endBeforeStart = defineRule<GrantInput>({
  id: "end-before-start",
  code: "rule.grant-end-before-start",
  severity: "error",
  configKeys: [],
  check({ request }, _config, _now, report) {
    const { start_date: start, end_date: end } = request.event;
    if (!validDate(start) || !validDate(end) || end >= start) return [];
    return [
      report(
        ["event", "end_date"],
        `The event ends on ${end}, before it starts on ${start}.`,
        "Check both dates: the end date is the last day of the event, as YYYY-MM-DD.",
      ),
    ];
  },
});
