/**
 * The board's meeting calendar, from `config.board`. Pure: every date is a parameter, every answer is a
 * YYYY-MM-DD string in UTC.
 *
 * Either the config lists `meeting_dates` (a non-empty list replaces the rule), or the rule applies: the board
 * meets in every month m of the year where (m − first_month) is a multiple of `every_months`, on the `week`-th
 * `weekday` of that month (week −1: the last one). The meeting months are the same every year; when
 * `every_months` does not divide 12 the cycle is re-anchored at `first_month` each year.
 */
import type { Config } from "../config/types.ts";
import { addDays, addMonths, daysBetween, isoDate, parseDate } from "../util/dates.ts";

export type BoardCalendar = Config["board"];

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** How far ahead the rule is searched: any rule has a meeting at least once a year. */
const SEARCH_MONTHS = 25;

/** Whether the list of explicit dates replaces the rule. */
function explicitDates(board: BoardCalendar): string[] | undefined {
  if (board.meeting_dates.length === 0) return undefined;
  return [...new Set(board.meeting_dates)].sort();
}

/** Whether the rule has a meeting in this month ("YYYY-MM"). */
export function isMeetingMonth(board: BoardCalendar, month: string): boolean {
  const m = Number(month.slice(5, 7));
  const every = Math.max(1, Math.trunc(board.every_months));
  return (((m - board.first_month) % every) + every) % every === 0;
}

/** The day of this month ("YYYY-MM") the rule puts a meeting on, whether or not the board meets that month. */
export function ruleDateInMonth(board: BoardCalendar, month: string): string {
  const target = WEEKDAYS.indexOf(board.weekday);
  if (board.week === -1) {
    const last = addDays(parseDate(`${addMonths(month, 1)}-01`), -1);
    const back = (last.getUTCDay() - target + 7) % 7;
    return isoDate(addDays(last, -back));
  }
  const first = parseDate(`${month}-01`);
  const forward = (target - first.getUTCDay() + 7) % 7;
  return isoDate(addDays(first, forward + 7 * (board.week - 1)));
}

/** The meeting in this month ("YYYY-MM"), if there is one. */
export function meetingInMonth(board: BoardCalendar, month: string): string | undefined {
  const explicit = explicitDates(board);
  if (explicit) return explicit.find((d) => d.startsWith(`${month}-`));
  return isMeetingMonth(board, month) ? ruleDateInMonth(board, month) : undefined;
}

/** Meetings on the days from `from` to `to`, both included (their UTC dates), in order. */
export function meetingsBetween(board: BoardCalendar, from: Date, to: Date): string[] {
  const start = isoDate(from);
  const end = isoDate(to);
  if (end < start) return [];
  const explicit = explicitDates(board);
  if (explicit) return explicit.filter((d) => d >= start && d <= end);
  const meetings: string[] = [];
  const last = end.slice(0, 7);
  for (let month = start.slice(0, 7); month <= last; month = addMonths(month, 1)) {
    if (!isMeetingMonth(board, month)) continue;
    const date = ruleDateInMonth(board, month);
    if (date >= start && date <= end) meetings.push(date);
  }
  return meetings;
}

/** The first meeting on or after the day of `date` (UTC); undefined when explicit dates have run out. */
export function nextMeeting(board: BoardCalendar, date: Date): string | undefined {
  const explicit = explicitDates(board);
  const day = isoDate(date);
  if (explicit) return explicit.find((d) => d >= day);
  for (let i = 0, month = day.slice(0, 7); i < SEARCH_MONTHS; i++, month = addMonths(month, 1)) {
    if (!isMeetingMonth(board, month)) continue;
    const meeting = ruleDateInMonth(board, month);
    if (meeting >= day) return meeting;
  }
  return undefined;
}

/**
 * The meeting that reviews an item escalated at `escalatedAt`: the first one at least `preparation_days`
 * days later (counted from the escalation's UTC date). An item escalated 3 days before a meeting, with 7 days
 * of preparation, waits for the next one. Undefined when the config lists explicit dates and none is left:
 * callers say "no board meeting is scheduled yet".
 */
export function reviewingMeeting(board: BoardCalendar, escalatedAt: Date): string | undefined {
  return nextMeeting(board, addDays(parseDate(isoDate(escalatedAt)), board.preparation_days));
}

/** Days from the UTC date of `from` to the meeting (or any YYYY-MM-DD date). */
export function daysUntil(from: Date, date: string): number {
  return daysBetween(parseDate(isoDate(from)), parseDate(date));
}

/** The milestone that gathers a meeting's items: `Board meeting YYYY-MM-DD`, due that day. */
export function milestoneTitle(date: string | Date): string {
  return `Board meeting ${typeof date === "string" ? date : isoDate(date)}`;
}

/** The meeting date a milestone title stands for, or undefined when the title is not one of ours. */
export function meetingOfMilestone(title: string): string | undefined {
  const match = /^Board meeting (\d{4}-\d{2}-\d{2})$/.exec(title);
  return match?.[1];
}

/** "every other month", "every month", "every 3 months", or "on scheduled dates" for an explicit list. */
export function cadence(board: BoardCalendar): string {
  if (explicitDates(board)) return "on scheduled dates";
  if (board.every_months === 1) return "every month";
  if (board.every_months === 2) return "every other month";
  if (board.every_months === 12) return "once a year";
  return `every ${board.every_months} months`;
}

/** The meeting an item is on, from its milestone's title. */
export function meetingOf(item: { milestone?: string }): string | undefined {
  return item.milestone ? meetingOfMilestone(item.milestone) : undefined;
}
