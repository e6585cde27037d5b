/** A monthly report lives at workgroups/<slug>/reports/<YYYY-MM>.yml: its period and its file name must agree. */
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export const periodFile = defineRule<ReportInput>({
  id: "period-file",
  code: "rule.period-file",
  severity: "error",
  configKeys: [],
  check({ report: r, fileMonth }, _config, _now, report) {
    if (r.period === fileMonth) return [];
    return [
      report(
        ["period"],
        `The period ${r.period} does not match the file name ${fileMonth}.yml.`,
        `Set \`period: "${fileMonth}"\`, or rename the file to ${r.period}.yml.`,
      ),
    ];
  },
});
