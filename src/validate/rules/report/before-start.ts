/** A work group reports from the month its charter starts (a proposed one does not report at all: another rule). */
import type { Charter } from "../../../generated/charter.ts";
import type { Report } from "../../../generated/report.ts";
import { monthOf } from "../../../util/dates.ts";
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export function beforeStart(r: Report, charter: Charter): boolean {
  return r.period < monthOf(charter.active_time.start);
}

export const beforeStartRule = defineRule<ReportInput>({
  id: "before-start",
  code: "rule.before-start",
  severity: "error",
  configKeys: [],
  check({ report: r, charter }, _config, _now, report) {
    if (charter === undefined || charter === "invalid" || charter.status === "proposed") return [];
    if (!beforeStart(r, charter)) return [];
    return [
      report(
        ["period"],
        `The period ${r.period} is before the work group started (${charter.active_time.start}).`,
        "Check the month in the file name and in `period`.",
      ),
    ];
  },
});
