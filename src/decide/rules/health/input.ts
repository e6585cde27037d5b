/** What the health rules judge an active work group by: its charter, its people and its reports so far. */
import type { Charter } from "../../../generated/charter.ts";
import type { Rule } from "../../../validate/rules/rule.ts";
import type { ReportPeriod } from "../../report-periods.ts";

export interface HealthInput {
  charter: Charter;
  /** Everyone the charter names, chairs included, each once. */
  people: ReadonlySet<string>;
  /** The reporting periods due so far, oldest first. */
  periods: readonly ReportPeriod[];
  filed: (period: ReportPeriod) => boolean;
}

/** A health rule: each finding is one reason the work group is at risk, written for the board and the chairs. */
export type HealthRule = Rule<HealthInput>;
