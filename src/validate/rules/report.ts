/**
 * Report rules the schema cannot express. Pure: (report, context) → findings. The rules are one module each,
 * listed in ./report/index.ts.
 */
import type { Config } from "../../config/types.ts";
import type { Finding } from "../../finding.ts";
import type { Report } from "../../generated/report.ts";
import { REPORT_RULES } from "./report/index.ts";
import type { ReportContext } from "./report/input.ts";
import { runRules, UNDATED } from "./rule.ts";

export { REPORT_RULES } from "./report/index.ts";
export type { ReportContext } from "./report/input.ts";
export { charterPeople } from "./report/submitter-not-member.ts";

/**
 * The report rules read no config (each declares no config keys, and a test holds them to it): a report is judged
 * against its work group's charter. A rule that read this would throw, not use a wrong value.
 */
const NO_CONFIG = undefined as unknown as Config;

export function reportRules(report: Report, context: ReportContext): Finding[] {
  return runRules(REPORT_RULES, { ...context, report }, NO_CONFIG, UNDATED).findings;
}
