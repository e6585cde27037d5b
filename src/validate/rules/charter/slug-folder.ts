/** A charter lives at workgroups/<slug>/charter.yml: its slug and its folder must agree, or links and reports break. */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";

export const slugFolder = defineRule<CharterInput>({
  id: "slug-folder",
  code: "rule.slug-folder",
  severity: "error",
  configKeys: [],
  check({ charter, folderSlug }, _config, _now, report) {
    if (folderSlug === undefined || charter.slug === folderSlug) return [];
    return [
      report(
        ["slug"],
        `The slug \`${charter.slug}\` does not match the folder name \`${folderSlug}\`.`,
        `Set \`slug: ${folderSlug}\`, or move the file to workgroups/${charter.slug}/charter.yml.`,
      ),
    ];
  },
});
