/** A monthly report covers a month that has started or ended; the current month is the latest. */
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export const futurePeriod = defineRule<ReportInput>({
  id: "future-period",
  code: "rule.future-period",
  severity: "error",
  configKeys: [],
  check({ report: r, currentMonth }, _config, _now, report) {
    if (r.period <= currentMonth) return [];
    return [
      report(
        ["period"],
        `The period ${r.period} is in the future.`,
        "A report covers a month that has started or ended.",
      ),
    ];
  },
});
