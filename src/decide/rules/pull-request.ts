/**
 * The labels the governance pull request flow (monthly reports, charter changes) manages: its kinds, board review,
 * the `wg/<slug>` labels, and those the charter file and report rules set (today none: their findings are check
 * run annotations, not labels).
 */
import type { Config, LabelKey } from "../../config/types.ts";
import { CHARTER_FILE_RULES } from "../../validate/rules/charter/index.ts";
import { REPORT_RULES } from "../../validate/rules/report/index.ts";
import { ruleLabelKeys } from "../../validate/rules/rule.ts";

/** Report and charter pull requests are labelled by kind; one the board must review gets board review. */
export const PULL_FLOW_LABELS: readonly LabelKey[] = ["report", "charter", "board_review"];

/** Every fixed label the pull request flow manages (besides the `workgroup_prefix` ones). */
export function ownedPullLabels(config: Config): Set<string> {
  const keys = [...PULL_FLOW_LABELS, ...ruleLabelKeys(CHARTER_FILE_RULES), ...ruleLabelKeys(REPORT_RULES)];
  return new Set(keys.map((key) => config.labels[key]));
}
