/**
 * A charter's review date is when the board looks at it again: a new one's is in the future. (A review date not
 * after the start is the file rule review-before-start's finding.)
 */
import { isoDate } from "../../../util/dates.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const reviewPast = defineRule<ProposalInput>({
  id: "review-past",
  code: "rule.proposal-review-past",
  severity: "error",
  configKeys: ["workgroups.max_term_months"],
  check({ charter }, config, now, report) {
    const { start, review } = charter.active_time;
    if (review <= start || review > isoDate(now)) return [];
    return [
      report(
        ["active_time", "review"],
        `The review date ${review} has already passed.`,
        `Choose a review date in the future, at most ${config.workgroups.max_term_months} months after the start date.`,
      ),
    ];
  },
});
