/**
 * At risk for its reports: `reports.missed_for_at_risk` missed reports among its last `reports.at_risk_window`
 * reporting periods (psf: 2 of 2, that is 2 in a row; dsf: 2 of the last 3). The window is never shorter than the
 * number of misses it looks for.
 */
import type { Config } from "../../../config/types.ts";
import { monthName } from "../../../util/dates.ts";
import { listing, plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ReportPeriod } from "../../report-periods.ts";
import { months } from "../../sweep-summary.ts";
import type { HealthInput } from "./input.ts";

export interface MissedReports {
  /** The missed periods, oldest first. */
  missed: ReportPeriod[];
  inARow: boolean;
  window: number;
}

/**
 * The missed periods that put a work group at risk, or undefined when it is not at risk for its reports. `periods`
 * are the periods due so far, oldest first.
 */
export function missedReports(
  periods: readonly ReportPeriod[],
  filed: (period: ReportPeriod) => boolean,
  reports: Config["reports"],
): MissedReports | undefined {
  const need = reports.missed_for_at_risk;
  const window = Math.max(reports.at_risk_window, need);
  if (window === need) {
    // In a row: the whole trailing streak is named, however long, so the board sees how long it has been.
    let streak = 0;
    for (let i = periods.length - 1; i >= 0 && !filed(periods[i] as ReportPeriod); i--) streak++;
    if (streak < need) return undefined;
    return { missed: periods.slice(periods.length - streak), inARow: true, window };
  }
  const missed = periods.slice(-window).filter((p) => !filed(p));
  return missed.length >= need ? { missed, inARow: false, window } : undefined;
}

/** The reason the rule gives, e.g. "it has missed 2 of its last 3 reports (August and October 2026)". */
export function missedReason(result: MissedReports): string {
  const labels = result.missed.map((p) => p.label);
  if (result.inARow) return `it has missed ${plural(labels.length, "report")} in a row (${months(labels)})`;
  return `it has missed ${labels.length} of its last ${result.window} reports (${listing(labels.map(monthName))})`;
}

/** How the reminder issue words this rule: "2 reports in a row" or "2 of its last 3 reports". */
export function atRiskRuleText(reports: Config["reports"]): string {
  const need = reports.missed_for_at_risk;
  const window = Math.max(reports.at_risk_window, need);
  return window === need ? `${plural(need, "report")} in a row` : `${need} of its last ${window} reports`;
}

export const reportsMissed = defineRule<HealthInput>({
  id: "reports-missed",
  code: "rule.at-risk-reports",
  severity: "warning",
  label: "at_risk",
  configKeys: ["reports.missed_for_at_risk", "reports.at_risk_window"],
  check({ periods, filed }, config, _now, report) {
    const missed = missedReports(periods, filed, config.reports);
    return missed ? [report([], missedReason(missed))] : [];
  },
});
