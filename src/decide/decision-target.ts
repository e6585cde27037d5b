/**
 * A grant request's decision target: the day it can expect a decision, counted from the day it was filed
 * (`grants.decision_weeks`; psf 6, psf-2026 8; a fast-tracked request `grants.fast_track_decision_weeks`). The
 * intake comment promises it; the sweep and the agenda remind the Grants WG and the board of requests past it.
 * Pure: dates in, YYYY-MM-DD out, in UTC.
 */
import type { Config } from "../config/types.ts";
import { addDays, isoDate, parseDate } from "../util/dates.ts";

type DecisionTimes = Pick<Config["grants"], "decision_weeks" | "fast_track_decision_weeks">;

/** Weeks from filing to the decision target: the fast track's own, or the usual. */
export function decisionWeeks(grants: DecisionTimes, fastTracked = false): number {
  return fastTracked ? grants.fast_track_decision_weeks : grants.decision_weeks;
}

/**
 * The decision target of a request filed at `filed` (an instant, or its YYYY-MM-DD date): the UTC day of filing
 * plus the decision time. A request filed on 2027-01-04 with 8 weeks has its target on 2027-03-01.
 */
export function decisionTarget(filed: Date | string, grants: DecisionTimes, fastTracked = false): string {
  const day = typeof filed === "string" ? filed.slice(0, 10) : isoDate(filed);
  return isoDate(addDays(parseDate(day), 7 * decisionWeeks(grants, fastTracked)));
}

/** Whether a request's decision target has passed on `now`'s UTC day (a target today has not passed). */
export function pastDecisionTarget(target: string, now: Date): boolean {
  return isoDate(now) > target;
}
