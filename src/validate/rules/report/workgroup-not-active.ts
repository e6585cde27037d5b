/**
 * PSF: a work group sends monthly reports once the board has approved its charter, until it stops (inactive or
 * retired, up to the month of its end date). It can be revived, then it reports again.
 */
import { monthName, monthOf } from "../../../util/dates.ts";
import { defineRule } from "../rule.ts";
import { beforeStart } from "./before-start.ts";
import type { ReportInput } from "./input.ts";

export const workgroupNotActive = defineRule<ReportInput>({
  id: "workgroup-not-active",
  code: "rule.workgroup-not-active",
  severity: "error",
  configKeys: [],
  check({ report: r, charter }, _config, _now, report) {
    // A missing or invalid charter has its own finding.
    if (charter === undefined || charter === "invalid") return [];
    if (charter.status === "proposed") {
      return [
        report(
          ["workgroup"],
          `The work group \`${charter.slug}\` is only proposed; it reports once the board has approved it.`,
        ),
      ];
    }
    const { end } = charter.active_time;
    const stopped = charter.status === "inactive" || charter.status === "retired";
    // A period before the start is that rule's finding, not this one's.
    if (!stopped || beforeStart(r, charter) || (end && r.period <= monthOf(end))) return [];
    return [
      report(
        ["workgroup"],
        `The work group \`${charter.slug}\` is ${charter.status}${end ? ` since ${monthName(monthOf(end))}` : ""}; it cannot file a report for ${monthName(r.period)}.`,
        "Ask the board to revive the work group (set its status back to active) before reporting.",
      ),
    ];
  },
});
