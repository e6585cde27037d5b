/**
 * Grant requests past their decision target (decide/decision-target.ts: `decision_weeks` after filing, the fast
 * track's own time for a request labelled fast-track), as the sweep sees them: which are past it and who holds each
 * — the Grants WG while it is in Grants WG review, the board once it is in board review (deferred included). A
 * request waiting for its applicant (needs-info) or not yet checked is held by nobody: the next move is not the
 * reviewers'. The reminder itself is a sweep rule (rules/sweep-grant/decision-target-passed.ts).
 *
 * Its comment starts with `<!-- wgbot:decision-target-passed board 2027-03-01 -->`: one per request, stage and
 * target, found again on the request's timeline only when wgbot's own account wrote it.
 */
import type { Config } from "../config/types.ts";
import { isSelf, markerName, type Self } from "../model/markers.ts";
import { daysBetween, isoDate, parseDate } from "../util/dates.ts";
import { pastDecisionTarget, requestTarget } from "./decision-target.ts";
import type { SweepIssue, TimelineEvent } from "./sweep-model.ts";

export const DECISION_TARGET_PASSED = "decision-target-passed";

/** Who holds an undecided request: the Grants WG, or the board. */
export type TargetStage = "grants-wg" | "board";

export interface PastTarget {
  issue: number;
  /** The day it was filed (the issue's creation, UTC), YYYY-MM-DD. */
  filed: string;
  target: string;
  weeks: number;
  stage: TargetStage;
  /** Whole days from the target to today: 1 the day after it. */
  daysPast: number;
}

/**
 * Who must decide an open request next, read from its labels; undefined when it is decided, waits for its applicant,
 * or has not been checked yet. Board review wins over the rest: a deferred request keeps it.
 */
export function awaitedStage(labels: readonly string[], config: Config): TargetStage | undefined {
  const L = config.labels;
  const has = (label: string) => labels.includes(label);
  if (!has(L.grant) || has(L.approved) || has(L.declined)) return undefined;
  if (has(L.board_review)) return "board";
  if (has(L.needs_info)) return undefined;
  return has(L.grants_wg_review) ? "grants-wg" : undefined;
}

/** The open, undecided grant requests whose decision target has passed on `now`'s UTC day, by number. */
export function pastTargetRequests(issues: readonly SweepIssue[], config: Config, now: Date): PastTarget[] {
  return [...issues]
    .sort((a, b) => a.number - b.number)
    .flatMap((issue) => {
      const past = pastTargetOf(issue, config, now);
      return past ? [past] : [];
    });
}

/** The request's passed decision target and who holds it; undefined when it is closed, decided or not past it. */
export function pastTargetOf(issue: SweepIssue, config: Config, now: Date): PastTarget | undefined {
  if (issue.state !== "open") return undefined;
  const stage = awaitedStage(issue.labels, config);
  if (!stage) return undefined;
  const { date: target, weeks } = requestTarget(
    { createdAt: issue.created_at, labels: issue.labels },
    config,
  );
  if (!pastDecisionTarget(target, now)) return undefined;
  return {
    issue: issue.number,
    filed: issue.created_at.slice(0, 10),
    target,
    weeks,
    stage,
    daysPast: daysBetween(parseDate(target), parseDate(isoDate(now))),
  };
}

/** The marker's name: one reminder per stage and target. */
export function pastTargetMarker(past: Pick<PastTarget, "stage" | "target">): string {
  return `${DECISION_TARGET_PASSED} ${past.stage} ${past.target}`;
}

/**
 * Whether wgbot's own account already reminded this stage of a passed decision target (any target): the Grants WG's
 * review reminder (rules/sweep-grant/review-overdue.ts) then has nothing to add.
 */
export function remindedOfTarget(
  timeline: readonly TimelineEvent[],
  self: Self,
  stage: TargetStage,
): boolean {
  const prefix = `${DECISION_TARGET_PASSED} ${stage} `;
  return ownMarkers(timeline, self).some((name) => name.startsWith(prefix));
}

/** The markers of wgbot's own comments: another account's comment with a marker must not silence wgbot. */
function ownMarkers(timeline: readonly TimelineEvent[], self: Self): string[] {
  return timeline.flatMap((e) =>
    e.event === "commented" && isSelf(self, e.actor ?? e.user) ? [markerName(e.body) ?? ""] : [],
  );
}
