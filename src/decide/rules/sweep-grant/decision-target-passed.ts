/**
 * A grant request still undecided the day after its decision target (sweep-decision-target.ts: `grants.decision_weeks`
 * after filing, `grants.fast_track_decision_weeks` on the fast track) gets one comment telling whoever holds it — the
 * Grants WG, or the board — the dates and what happens next. Once per request, stage and target: a request the Grants
 * WG was reminded of and then escalated is the board's to decide, and the board is told once too; a new target (the
 * fast-track label added or removed, `decision_weeks` changed) gets its own reminder if it has passed as well.
 */
import type { Config } from "../../../config/types.ts";
import { isoDate } from "../../../util/dates.ts";
import { plural } from "../../../util/text.ts";
import { meetingOfMilestone } from "../../calendar.ts";
import { formatAmount } from "../../money.ts";
import {
  DECISION_TARGET_PASSED,
  type PastTarget,
  pastTargetMarker,
  pastTargetOf,
} from "../../sweep-decision-target.ts";
import { type SweepGrantInput, type SweepGrantRule, wroteMarker } from "./input.ts";

export const decisionTargetPassed: SweepGrantRule = {
  id: "decision-target-passed",
  code: DECISION_TARGET_PASSED,
  configKeys: [
    "grants.decision_weeks",
    "grants.fast_track_decision_weeks",
    "grants.board_threshold",
    "base_currency",
    "teams.grants_wg",
    "teams.mention_grants_wg",
    "teams.board",
    "teams.mention_board",
  ],
  candidate: (issue, config, now) => pastTargetOf(issue, config, now) !== undefined,
  decide(input, config, now) {
    const past = pastTargetOf(input.issue, config, now);
    if (!past) return undefined;
    const marker = pastTargetMarker(past);
    if (wroteMarker(input, marker)) return undefined;
    return { comment: { marker, body: reminderText(past, input, config, now) } };
  },
};

function reminderText(
  past: PastTarget,
  { issue, owner }: SweepGrantInput,
  config: Config,
  now: Date,
): string {
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
