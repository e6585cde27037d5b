/**
 * The sweep's reminder for grant requests past their decision target (decide/decision-target.ts: `decision_weeks`
 * after filing, the fast track's own time for a request labelled fast-track). A request still undecided the day
 * after its target gets one comment telling whoever holds it — the Grants WG while it is in Grants WG review, the
 * board once it is in board review (deferred included) — the dates and what happens next. A request waiting for its
 * applicant (needs-info) or not yet checked gets none: the next move is not the reviewers'.
 *
 * Once per request, target and stage: the comment starts with `<!-- wgbot:decision-target-passed board 2027-03-01 -->`
 * and is found again on the request's timeline, only when wgbot's own account wrote it. A request the Grants WG
 * was reminded of and then escalated is the board's to decide, and the board is told once too; a new target (the
 * fast-track label added or removed, `decision_weeks` changed) gets its own reminder if it has passed as well.
 */
import type { Config } from "../config/types.ts";
import { isSelf, markerName, type Self } from "../model/markers.ts";
import { daysBetween, isoDate, parseDate } from "../util/dates.ts";
import { plural } from "../util/text.ts";
import { meetingOfMilestone } from "./calendar.ts";
import { pastDecisionTarget, requestTarget } from "./decision-target.ts";
import { formatAmount } from "./money.ts";
import type { SweepComment, SweepFindings, SweepInput, SweepIssue, TimelineEvent } from "./sweep-model.ts";

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
    .filter((issue) => issue.state === "open")
    .sort((a, b) => a.number - b.number)
    .flatMap((issue) => {
      const stage = awaitedStage(issue.labels, config);
      if (!stage) return [];
      const { date: target, weeks } = requestTarget(
        { createdAt: issue.created_at, labels: issue.labels },
        config,
      );
      if (!pastDecisionTarget(target, now)) return [];
      return [
        {
          issue: issue.number,
          filed: issue.created_at.slice(0, 10),
          target,
          weeks,
          stage,
          daysPast: daysBetween(parseDate(target), parseDate(isoDate(now))),
        },
      ];
    });
}

/** The marker's name: one reminder per stage and target. */
export function pastTargetMarker(past: Pick<PastTarget, "stage" | "target">): string {
  return `${DECISION_TARGET_PASSED} ${past.stage} ${past.target}`;
}

/**
 * Whether wgbot's own account already reminded this stage of a passed decision target (any target): the Grants WG's
 * review reminder (sweep-grants.ts) then has nothing to add.
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

/**
 * The reminders this sweep writes, and every request past its target in `findings` (reminded before or not). A
 * request that already gets another sweep comment in this run (`planned`: the Grants WG's review reminder) is
 * reminded on the next sweep instead: one comment at a time is easier to read than two at once.
 */
export function decideDecisionTargets(
  input: SweepInput,
  findings: SweepFindings,
  planned: readonly SweepComment[],
): SweepComment[] {
  const { config, now, self } = input;
  const comments: SweepComment[] = [];
  for (const past of pastTargetRequests(input.issues, config, now)) {
    findings.grantsPastTarget.push({ issue: past.issue, target: past.target, stage: past.stage });
    const name = pastTargetMarker(past);
    const reminded = ownMarkers(input.timelines.get(past.issue) ?? [], self).includes(name);
    if (reminded || planned.some((c) => c.issue === past.issue)) continue;
    const issue = input.issues.find((i) => i.number === past.issue) as SweepIssue;
    comments.push({ issue: past.issue, marker: name, body: reminderText(past, issue, input) });
  }
  return comments;
}

function reminderText(past: PastTarget, issue: SweepIssue, { config, owner, now }: SweepInput): string {
  const when = `This grant request was filed on ${past.filed}. Its decision target, ${plural(past.weeks, "week")} after filing, was ${past.target}, and today it is ${plural(past.daysPast, "day")} past it without a decision.`;
  const applicant =
    "To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here.";
  if (past.stage === "board") {
    const team = config.teams.mention_board ? `@${owner}/${config.teams.board}` : "The board";
    const meeting = issue.milestone ? meetingOfMilestone(issue.milestone) : undefined;
    const commands = "`/board approve [amount]`, `/board decline` or `/board defer [note]`";
    const ask =
      meeting === undefined
        ? `it is in board review, and goes on the agenda of the board's next meeting. If the applicant cannot wait that long, the board can decide sooner, here, with ${commands}.`
        : meeting >= isoDate(now)
          ? `it is in board review, on the agenda of the meeting on ${meeting}. If the applicant cannot wait that long, the board can decide sooner, here, with ${commands}.`
          : `it is in board review and was on the agenda of the meeting on ${meeting}, but no decision is recorded here yet. Please record it with ${commands}.`;
    return [when, "", `${team}: ${ask}`, "", applicant].join("\n");
  }
  const team = config.teams.mention_grants_wg
    ? `@${owner}/${config.teams.grants_wg}`
    : "The Grants Work Group";
  const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
  const next = issue.labels.includes(config.labels.over_threshold)
    ? `The request is over ${threshold}, so the recommendation then takes it to the board, at the next meeting that can review it.`
    : `For a request up to ${threshold} the Grants WG's decision is final.`;
  return [
    when,
    "",
    `${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`, or tell the applicant here when they can expect one. ${next}`,
    "",
    applicant,
  ].join("\n");
}
