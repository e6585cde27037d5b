/** A charter's active time has a review date (PSF: work groups do not exist forever), after its start. */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";

export const reviewBeforeStart = defineRule<CharterInput>({
  id: "review-before-start",
  code: "rule.review-before-start",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    const { start, review } = charter.active_time;
    if (review > start) return [];
    return [
      report(
        ["active_time", "review"],
        `The review date ${review} is not after the start date ${start}.`,
        "Set the review date to when the board should look at the charter again.",
      ),
    ];
  },
});
