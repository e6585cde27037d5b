/**
 * The lead time of a request: whole days from today (UTC) to the date that counts — the event's start, or for a
 * deposit advance the date the deposit is due (its lead time is counted to that date, not to the event).
 */
import type { GrantRequest } from "../../../generated/grant.ts";
import { daysBetween, isoDate, parseDate } from "../../../util/dates.ts";
import { validDate } from "./figures.ts";

export interface LeadTime {
  deposit: boolean;
  /** The date that counts, YYYY-MM-DD. */
  target: string;
  /** The field it was read from. */
  path: string[];
  /** "the event" or "the deposit is due", as in "before …". */
  subject: string;
  /** Days from today to the target; 0 on the day itself, negative after it. */
  days: number;
  today: string;
}

/** Undefined when the date that counts is not a valid date (the form already says so). */
export function leadTime(request: GrantRequest, now: Date): LeadTime | undefined {
  const deposit = request.grant_type === "deposit-advance" ? request.deposit : undefined;
  const target = deposit ? deposit.due_date : request.event.start_date;
  if (!validDate(target)) return undefined;
  const today = isoDate(now);
  return {
    deposit: deposit !== undefined,
    target,
    path: deposit ? ["deposit", "due_date"] : ["event", "start_date"],
    subject: deposit ? "the deposit is due" : "the event",
    days: daysBetween(parseDate(today), parseDate(target)),
    today,
  };
}

/**
 * Too late for any lead-time rule: an event that starts today or has started, a deposit whose due date has passed
 * (a deposit due today can still be advanced). Their own rules say so as errors.
 */
export function hasPassed(lead: LeadTime): boolean {
  return lead.deposit ? lead.days < 0 : lead.days <= 0;
}
