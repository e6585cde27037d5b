/**
 * A grant request's decision target: the day it can expect a decision, counted from the day it was filed
 * (`grants.decision_weeks`; psf 6, psf-2026 8; a fast-tracked request `grants.fast_track_decision_weeks`). The
 * intake comment promises it; the sweep, the agenda and the status remind the Grants WG and the board of requests
 * past it. They must all name the same day, so all go through `targetOf`: intake with the fast-track rule's answer,
 * the others with `requestTarget`, which reads the fast-track label intake set from that same answer.
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
  return targetOf(filed, grants, fastTracked).date;
}

export interface Target {
  /** YYYY-MM-DD. */
  date: string;
  /** Weeks from filing to `date`. */
  weeks: number;
  fastTracked: boolean;
}

/** The target, the weeks it is counted in and whether they are the fast track's. */
export function targetOf(filed: Date | string, grants: DecisionTimes, fastTracked: boolean): Target {
  const day = typeof filed === "string" ? filed.slice(0, 10) : isoDate(filed);
  const weeks = decisionWeeks(grants, fastTracked);
  return { date: isoDate(addDays(parseDate(day), 7 * weeks)), weeks, fastTracked };
}

/** A grant request as its issue shows it: when it was opened, and its labels. */
export interface FiledRequest {
  createdAt: Date | string;
  labels: readonly string[];
}

/**
 * The target of a request read from its issue (sweep, agenda, status): on the fast track when it carries the
 * fast-track label, which the intake check sets exactly when the fast-track rule applies (and a person may add or
 * remove to overrule it).
 */
export function requestTarget(request: FiledRequest, config: Pick<Config, "grants" | "labels">): Target {
  return targetOf(request.createdAt, config.grants, request.labels.includes(config.labels.fast_track));
}

/** Whether a request's decision target has passed on `now`'s UTC day (a target today has not passed). */
export function pastDecisionTarget(target: string, now: Date): boolean {
  return isoDate(now) > target;
}
