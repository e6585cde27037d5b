/** A report sits in its work group's folder: the work group it names and the folder must agree. */
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export const workgroupFolder = defineRule<ReportInput>({
  id: "workgroup-folder",
  code: "rule.workgroup-folder",
  severity: "error",
  configKeys: [],
  check({ report: r, folderSlug }, _config, _now, report) {
    if (r.workgroup === folderSlug) return [];
    return [
      report(
        ["workgroup"],
        `The work group \`${r.workgroup}\` does not match the folder \`${folderSlug}\`.`,
        `Set \`workgroup: ${folderSlug}\`, or move the report to workgroups/${r.workgroup}/reports/.`,
      ),
    ];
  },
});
