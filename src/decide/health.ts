/**
 * Whether an active work group is healthy, as the sweep judges it. Three rules, each set in the config:
 *
 * - Reports: at risk after `reports.missed_for_at_risk` missed reports among its last `reports.at_risk_window`
 *   reporting periods (psf: 2 of 2, that is 2 in a row; dsf: 2 of the last 3). The window is never shorter than
 *   the number of misses it looks for.
 * - Members: fewer people than `workgroups.at_risk_min_members`, chairs included.
 * - Leadership: fewer chairs than `workgroups.leadership.chairs` (dsf: 2, a chair and a co-chair), or no board
 *   liaison named in the charter when `workgroups.leadership.board_liaison` asks for one.
 *
 * Each rule that fails gives one reason, written to be read by the board and the chairs.
 */
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { monthName } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import { leadershipGaps } from "../validate/rules/charter/leadership.ts";
import type { ReportPeriod } from "./report-periods.ts";
import { months } from "./sweep-summary.ts";

/**
 * The missed periods that put a work group at risk, oldest first, or undefined when it is not at risk for its
 * reports. `periods` are the periods due so far, oldest first.
 */
export function missedReports(
  periods: readonly ReportPeriod[],
  filed: (period: ReportPeriod) => boolean,
  reports: Config["reports"],
): { missed: ReportPeriod[]; inARow: boolean; window: number } | undefined {
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

/** The reason the reports rule gives, e.g. "it has missed 2 of its last 3 reports (August and October 2026)". */
export function missedReason(result: { missed: ReportPeriod[]; inARow: boolean; window: number }): string {
  const labels = result.missed.map((p) => p.label);
  if (result.inARow) return `it has missed ${plural(labels.length, "report")} in a row (${months(labels)})`;
  return `it has missed ${labels.length} of its last ${result.window} reports (${listing(labels.map(monthName))})`;
}

/** The leadership rule's reasons: too few chairs, no board liaison (the charter rules' own check and words). */
export function leadershipReasons(charter: Charter, config: Config): string[] {
  return leadershipGaps(charter, config).map((gap) => gap.reason);
}

/** Whether the leadership rule asks for more than the one chair every charter has. */
export function leadershipNeeded(config: Config): boolean {
  return config.workgroups.leadership.chairs > 1 || config.workgroups.leadership.board_liaison;
}

/** Every reason an active work group is at risk; none when it is healthy. */
export function healthReasons(
  charter: Charter,
  people: ReadonlySet<string>,
  periods: readonly ReportPeriod[],
  filed: (period: ReportPeriod) => boolean,
  config: Config,
): string[] {
  const reasons: string[] = [];
  const missed = missedReports(periods, filed, config.reports);
  if (missed) reasons.push(missedReason(missed));
  if (people.size < config.workgroups.at_risk_min_members)
    reasons.push(
      `it has ${plural(people.size, "member")}, chairs included; a work group needs at least ${config.workgroups.at_risk_min_members}`,
    );
  reasons.push(...leadershipReasons(charter, config));
  return reasons;
}

/** How the reminder issue words the reports rule: "2 reports in a row" or "2 of its last 3 reports". */
export function atRiskRuleText(reports: Config["reports"]): string {
  const need = reports.missed_for_at_risk;
  const window = Math.max(reports.at_risk_window, need);
  return window === need ? `${plural(need, "report")} in a row` : `${need} of its last ${window} reports`;
}
