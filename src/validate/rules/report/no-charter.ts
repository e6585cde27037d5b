/** Only a chartered work group reports: a report needs its work group's charter. */
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export const noCharter = defineRule<ReportInput>({
  id: "no-charter",
  code: "rule.no-charter",
  severity: "error",
  configKeys: [],
  check({ charter, folderSlug }, _config, _now, report) {
    if (charter !== undefined) return [];
    return [
      report(
        ["workgroup"],
        `There is no charter for the work group \`${folderSlug}\`.`,
        `Add workgroups/${folderSlug}/charter.yml, or check the folder name.`,
      ),
    ];
  },
});
