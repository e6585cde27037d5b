/**
 * When a work group's reports are due. Pure calendar rules on YYYY-MM and YYYY-MM-DD strings (UTC).
 *
 * - A monthly work group reports on every month; a quarterly one on every quarter (a report filed for any month
 *   of the quarter counts; it is named after the quarter's last month).
 * - A period's report is due by `reports.due_day` of the month after the period ends; it is overdue from the next
 *   day on (filed on the due day is on time).
 * - The first period is the one holding the first full month of the work group: the start month when it starts
 *   on the 1st, otherwise the month after (a group started on 20 January owes no report for January).
 */
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { addMonths, monthOf } from "../util/dates.ts";

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
 * otherwise the first cadence the config allows. Without a config, the charter's choice.
 */
export function cadenceOf(charter: Charter, config?: Pick<Config, "reports">): Cadence {
  const chosen = charter.reporting?.cadence ?? "monthly";
  const allowed = config?.reports.cadences;
  if (!allowed || allowed.length === 0 || allowed.includes(chosen)) return chosen;
  return allowed[0] as Cadence;
}

/** The first month a work group reports on. */
export function firstReportMonth(start: string): string {
  const month = monthOf(start);
  return start.endsWith("-01") ? month : addMonths(month, 1);
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
 * Every period from the work group's first to the last whose due date is before `today` (YYYY-MM-DD), oldest
 * first: the periods a report should exist for by now.
 */
export function duePeriods(charter: Charter, config: Config, today: string): ReportPeriod[] {
  const cadence = cadenceOf(charter, config);
  const periods: ReportPeriod[] = [];
  let period = periodOf(firstReportMonth(charter.active_time.start), cadence, config.reports.due_day);
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
