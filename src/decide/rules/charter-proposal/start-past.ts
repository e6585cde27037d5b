/**
 * A new work group starts when the board approves it: a start date more than a month in the past (to the day,
 * clamped to a shorter month's end) is not a new work group's.
 */
import { isoDate } from "../../../util/dates.ts";
import { monthsAfter } from "../../../validate/rules/charter/term.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const startPast = defineRule<ProposalInput>({
  id: "start-past",
  code: "rule.proposal-start-past",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, now, report) {
    const { start } = charter.active_time;
    const earliest = monthsAfter(isoDate(now), -1);
    if (start >= earliest) return [];
    return [
      report(
        ["active_time", "start"],
        `The start date ${start} is more than a month in the past.`,
        `A new work group starts when the board approves it: choose a date from ${earliest} on, for example the first day of next month.`,
      ),
    ];
  },
});
