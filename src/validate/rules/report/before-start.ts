/**
 * A work group reports from the month its charter starts (a proposed one does not report at all: another rule). A
 * report from before the start is a wrong month in a new report, or a report of an earlier term of a group the board
 * revived (a revived charter starts again on the day of its revival, so its old reports predate it). Both are
 * possible, so it is a warning: an error would fail the repository's every `wgbot validate` after a revival.
 */
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
  severity: "warning",
  configKeys: [],
  check({ report: r, charter }, _config, _now, report) {
    if (charter === undefined || charter === "invalid" || charter.status === "proposed") return [];
    if (!beforeStart(r, charter)) return [];
    return [
      report(
        ["period"],
        `The period ${r.period} is before the work group's charter starts (${charter.active_time.start}), so wgbot does not count this report.`,
        "If this is a new report, check the month in the file name and in `period`; a report of an earlier term of a revived work group can stay as it is.",
      ),
    ];
  },
});
