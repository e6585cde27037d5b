/**
 * PSF: a work group does not exist forever; its charter is reviewed within `workgroups.max_term_months` (psf: 24)
 * of its start, to the day. (A review date before the start is review-before-start's finding, not this one.)
 */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";
import { monthsAfter } from "./term.ts";

export const termTooLong = defineRule<CharterInput>({
  id: "term-too-long",
  code: "rule.term-too-long",
  severity: "error",
  configKeys: ["workgroups.max_term_months"],
  check({ charter }, config, _now, report) {
    const { start, review } = charter.active_time;
    const max = config.workgroups.max_term_months;
    const latest = monthsAfter(start, max);
    if (review <= start || review <= latest) return [];
    return [
      report(
        ["active_time", "review"],
        `The review date ${review} is more than ${max} months after the start date ${start}.`,
        `Choose a review date on or before ${latest}: work groups do not exist forever.`,
      ),
    ];
  },
});
