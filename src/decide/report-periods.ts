/**
 * When a work group's reports are due. Pure calendar rules on YYYY-MM and YYYY-MM-DD strings (UTC).
 *
 * - A monthly work group reports on every month; a quarterly one on every quarter (a report filed for any month
 *   of the quarter counts; it is named after the quarter's last month).
 * - A period's report is due by `reports.due_day` of the month after the period ends; it is overdue from the next
 *   day on (filed on the due day is on time).
 * - The first period is the one holding the first full month of the work group: the start month when it starts
 *   on the 1st, otherwise the month after (a group started on 20 January owes no report for January).
 * - Unless the repository began keeping reports later (`reports.since`): then the first period is the one holding
 *   that month, because earlier reports live somewhere wgbot cannot see (a wiki, a mailing list) and calling them
 *   missing would be false.
 */
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { addMonths, monthName, monthOf } from "../util/dates.ts";
import { cadenceAllowed } from "../validate/rules/charter/cadence-not-allowed.ts";

export interface ReportPeriod {
  /** The month the period is named after: the month itself, or the quarter's last month. */
  label: string;
  /** The months a report may cover to count for this period. */
  months: string[];
  /** The last day the report is on time, YYYY-MM-DD. */
  due: string;
}

export type Cadence = NonNullable<NonNullable<Charter["reporting"]>["cadence"]>;

/**
 * The cadence a work group reports on: its charter's choice when the config allows it (`reports.cadences`),
 * otherwise the first cadence the config allows. Without a config, the charter's choice. A charter that chooses none
 * reports monthly, or on the config's first cadence where monthly is not allowed. A chartered group whose cadence the
 * config stopped allowing is warned that it is counted so (rule cadence-counted); a proposal is refused instead.
 */
export function cadenceOf(charter: Charter, config?: Pick<Config, "reports">): Cadence {
  const chosen = charter.reporting?.cadence ?? "monthly";
  if (!config || cadenceAllowed(chosen, config.reports)) return chosen;
  return config.reports.cadences[0] as Cadence;
}

/** The first month a work group reports on. */
export function firstReportMonth(start: string): string {
  const month = monthOf(start);
  return start.endsWith("-01") ? month : addMonths(month, 1);
}

/**
 * The first month a work group that started on `start` owes a report for in this repository: the later of its first
 * full month and `reports.since`.
 */
export function firstDueMonth(start: string, reports: Pick<Config["reports"], "since">): string {
  const first = firstReportMonth(start);
  return reports.since !== undefined && reports.since > first ? reports.since : first;
}

/**
 * Whether a month of a work group that started on `start` falls before the repository began keeping reports
 * (`reports.since`) although the group was already reporting then: its report, if any, is kept elsewhere, so here it
 * is neither filed nor missing. Compared by period, as duePeriods counts them.
 */
export function beforeTracking(
  start: string,
  cadence: Cadence,
  reports: Pick<Config["reports"], "since" | "due_day">,
  month: string,
): boolean {
  if (reports.since === undefined || month < firstReportMonth(start)) return false;
  const { due_day } = reports;
  return (
    periodOf(month, cadence, due_day).label < periodOf(firstDueMonth(start, reports), cadence, due_day).label
  );
}

/** The sentence that says from when reports are counted, said once by the overview; none when `since` is unset. */
export function trackingNote(reports: Pick<Config["reports"], "since">): string | undefined {
  return reports.since === undefined
    ? undefined
    : `Reports are counted from ${monthName(reports.since)}, when this repository began keeping them: earlier months are not tracked here.`;
}

/** The period holding a month. */
export function periodOf(month: string, cadence: Cadence, dueDay: number): ReportPeriod {
  const months =
    cadence === "monthly"
      ? [month]
      : (() => {
          const m = Number(month.slice(5, 7));
          const first = addMonths(month, -((m - 1) % 3));
          return [first, addMonths(first, 1), addMonths(first, 2)];
        })();
  const label = months[months.length - 1] as string;
  return { label, months, due: `${addMonths(label, 1)}-${String(dueDay).padStart(2, "0")}` };
}

/**
 * Every period from the work group's first one due here (firstDueMonth) to the last whose due date is before
 * `today` (YYYY-MM-DD), oldest first: the periods a report should exist for by now. Every overdue report, reminder
 * and at-risk count comes from this list.
 */
export function duePeriods(charter: Charter, config: Config, today: string): ReportPeriod[] {
  const cadence = cadenceOf(charter, config);
  const periods: ReportPeriod[] = [];
  let period = periodOf(
    firstDueMonth(charter.active_time.start, config.reports),
    cadence,
    config.reports.due_day,
  );
  while (period.due < today) {
    periods.push(period);
    period = periodOf(addMonths(period.label, 1), cadence, config.reports.due_day);
  }
  return periods;
}

/** The period that most recently fell due before `today`, for a cadence (whatever a work group's start). */
export function latestDuePeriod(cadence: Cadence, dueDay: number, today: string): ReportPeriod {
  let period = periodOf(addMonths(monthOf(today), -1), cadence, dueDay);
  while (period.due >= today) period = periodOf(addMonths(period.months[0] as string, -1), cadence, dueDay);
  return period;
}
