/**
 * The lead time of a request: whole days from the day it was filed (UTC) to the date that counts — the event's
 * start, or for a deposit advance the date the deposit is due (its lead time is counted to that date, not to the
 * event). It is counted from filing, not from today or the latest edit: a request filed in time stays in time when
 * its author fixes a typo weeks later.
 */
import type { GrantRequest } from "../../../generated/grant.ts";
import { daysBetween, isoDate, parseDate } from "../../../util/dates.ts";
import { validDate } from "./figures.ts";
import type { Filing } from "./input.ts";

export interface LeadTime {
  deposit: boolean;
  /** The date that counts, YYYY-MM-DD. */
  target: string;
  /** The field it was read from. */
  path: string[];
  /** "the event" or "the deposit is due", as in "before …". */
  subject: string;
  /** Days from filing to the target; 0 on the day itself, negative after it. */
  days: number;
  /** The day it was filed, YYYY-MM-DD, and whether that is known (otherwise it is today: see Filing). */
  filed: Filing;
}

/** Undefined when the date that counts is not a valid date (the form already says so). */
export function leadTime(request: GrantRequest, filed: Filing): LeadTime | undefined {
  const deposit = request.grant_type === "deposit-advance" ? request.deposit : undefined;
  const target = deposit ? deposit.due_date : request.event.start_date;
  if (!validDate(target)) return undefined;
  return {
    deposit: deposit !== undefined,
    target,
    path: deposit ? ["deposit", "due_date"] : ["event", "start_date"],
    subject: deposit ? "the deposit is due" : "the event",
    days: daysBetween(parseDate(filed.date), parseDate(target)),
    filed,
  };
}

/**
 * Too late for any lead-time rule, today: an event that starts today or has started, a deposit whose due date has
 * passed (a deposit due today can still be advanced). Their own rules say so as errors.
 */
export function hasPassed(lead: LeadTime, now: Date): boolean {
  const today = isoDate(now);
  return lead.deposit ? lead.target < today : lead.target <= today;
}

/**
 * Whether the request was already too late on the day it was filed: filed on or after the event's first day, or after
 * the deposit's due date. That is the applicant's mistake (most often a typo in a date), and the request is late;
 * a date that only passed while the request waited for a decision is not (see passed-undecided.ts).
 */
export function passedAtFiling(lead: LeadTime): boolean {
  return lead.deposit ? lead.days < 0 : lead.days <= 0;
}

/** "filed on 2026-12-10" or, when the filing date is not known, "counted from today, 2026-12-10". */
export function filedText(filed: Filing): string {
  return filed.known
    ? `was filed on ${filed.date}`
    : `is counted from today, ${filed.date} (the day it was filed is not known)`;
}
