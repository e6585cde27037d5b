/**
 * The work groups as the dashboard shows them: people, dates, the reports filed, overdue and at-risk, and the
 * report heatmap. Overdue periods and at-risk reasons come from the sweep's own decision (decideSweep), so the
 * dashboard never says something the sweep would not act on.
 */
import type { Config } from "../../config/types.ts";
import type { Charter } from "../../generated/charter.ts";
import { addMonths, isoDate, monthOf } from "../../util/dates.ts";
import type { GovernanceState, WorkGroupState } from "../../validate/repository.ts";
import { charterPeople } from "../../validate/rules/report.ts";
import { beforeTracking, cadenceOf, firstReportMonth, periodOf } from "../report-periods.ts";
import { decideSweep } from "../sweep.ts";
import type { HeatmapCell, WorkGroupView } from "./model.ts";

/** The heatmap's months: `count` months ending with the current one. */
export function heatmapMonths(today: string, count: number): string[] {
  const last = monthOf(today);
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

export function workgroupViews(
  state: GovernanceState,
  now: Date,
  months: readonly string[],
  filed: ReadonlyMap<string, string> | undefined,
): WorkGroupView[] {
  const today = isoDate(now);
  const { findings } = decideSweep({
    state,
    issues: [],
    timelines: new Map(),
    config: state.config,
    now,
    owner: "",
    // No issue is read here, so no account's issues count as wgbot's: only the findings are used.
    self: { login: "" },
  });
  const overdue = new Map(findings.overdue.map((o) => [o.slug, o.periods]));
  const atRisk = new Map(findings.atRisk.map((a) => [a.slug, a.reasons]));
  const unreadable = new Map(findings.unreadable.map((u) => [u.slug, u.why]));
  return [...state.workgroups.values()]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((wg) => {
      const reportMonths = [...wg.reports.keys()].sort();
      const base = {
        slug: wg.slug,
        charterPath: wg.charterPath,
        lastReport: reportMonths[reportMonths.length - 1],
        reports: reportMonths.length,
        overdue: overdue.get(wg.slug) ?? [],
        atRisk: atRisk.get(wg.slug) ?? [],
      };
      const charter = wg.charter;
      if (!charter)
        return {
          ...base,
          name: wg.slug,
          status: "unreadable",
          problem: unreadable.get(wg.slug) ?? "its charter has problems",
          chairs: [],
          members: [],
          goals: [],
          pastReview: false,
          cells: months.map((month) => ({ month, state: "none" as const })),
        };
      const people = charterPeople(charter);
      const chairs = [...(charter.participants.chairs ?? [])];
      return {
        ...base,
        name: charter.name,
        status: charter.status,
        chairs,
        members: [...people].filter((p) => !chairs.includes(p)).sort(),
        purpose: charter.purpose,
        goals: [...(charter.goals ?? [])],
        start: charter.active_time.start,
        review: charter.active_time.review,
        ...(charter.active_time.end ? { end: charter.active_time.end } : {}),
        pastReview: charter.status === "active" && charter.active_time.review < today,
        cadence: cadenceOf(charter, state.config),
        cells: months.map((month) => cellOf(wg, charter, month, state.config, today, filed)),
      };
    });
}

/**
 * One month of the heatmap: the state of the report period that holds it, on the cadence the sweep counts (the
 * config's fallback included), so a cell is missing exactly when the sweep calls its report overdue.
 */
function cellOf(
  wg: WorkGroupState,
  charter: Charter,
  month: string,
  config: Config,
  today: string,
  filed: ReadonlyMap<string, string> | undefined,
): HeatmapCell {
  const cadence = cadenceOf(charter, config);
  const period = periodOf(month, cadence, config.reports.due_day);
  const covering = period.months.map((m) => wg.reports.get(m)).find((r) => r !== undefined);
  if (covering) {
    const filedOn = filed?.get(covering.path);
    return {
      month,
      state: filedOn !== undefined && filedOn > period.due ? "late" : "filed",
      report: covering.path,
      due: period.due,
      ...(filedOn ? { filedOn } : {}),
    };
  }
  const first = firstReportMonth(charter.active_time.start);
  const end = charter.active_time.end ? monthOf(charter.active_time.end) : undefined;
  // Before `reports.since` the report is kept elsewhere: no report is expected here (the site says "not tracked").
  if (
    charter.status !== "active" ||
    month < first ||
    (end !== undefined && month > end) ||
    beforeTracking(charter.active_time.start, cadence, config.reports, month)
  )
    return { month, state: "none" };
  return { month, state: period.due < today ? "missing" : "open", due: period.due };
}
