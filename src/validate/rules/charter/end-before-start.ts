/** A work group cannot stop before it started: one of the two dates is a typo. */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";

export const endBeforeStart = defineRule<CharterInput>({
  id: "end-before-start",
  code: "rule.end-before-start",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    const { start, end } = charter.active_time;
    if (end === undefined || end >= start) return [];
    return [report(["active_time", "end"], `The end date ${end} is before the start date ${start}.`)];
  },
});
