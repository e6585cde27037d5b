/**
 * When a decision can be expected, said at intake: the decision target (`grants.decision_weeks` after filing; the
 * fast track's own time for a fast-tracked request), or for a request over the board threshold the first board
 * meeting that can decide it. A warning, to the applicant and the Grants WG alike, when that comes after the event
 * starts (for a deposit advance, after the deposit is due) or, for the board, after the decision target: the event
 * cannot wait for an answer that arrives too late, and someone should say so now, not after. (A short-notice warning
 * already compares the board's meeting with the event; that is not said twice.)
 */
import type { Config } from "../../../config/types.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { reviewingMeeting } from "../../calendar.ts";
import { targetOf } from "../../decision-target.ts";
import { formatAmount } from "../../money.ts";
import { fastTrackOf } from "./fast-track.ts";
import { BOARD_CALENDAR_KEYS, isOverThreshold, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { hasPassed, leadTime } from "./lead-time.ts";
import { isShortNotice } from "./short-notice.ts";

export interface ExpectedDecision {
  /** The decision target, YYYY-MM-DD. */
  target: string;
  /** Weeks from filing to the target. */
  weeks: number;
  fastTrack: boolean;
  /** Over the threshold: the first board meeting that can decide it (undefined: none scheduled yet). */
  board?: { meeting: string | undefined };
}

/** When a decision can be expected for this request, as of `now`. */
export function expectedDecision(input: GrantInput, config: Config, now: Date): ExpectedDecision {
  // The fast-track rule's own answer: the label the sweep, agenda and status read (requestTarget) is set from it.
  const fastTrack = fastTrackOf(input, config, now) !== undefined;
  const { date: target, weeks } = targetOf(input.filed.date, config.grants, fastTrack);
  const over = isOverThreshold(input.request, config);
  return over
    ? { target, weeks, fastTrack, board: { meeting: reviewingMeeting(config.board, now) } }
    : { target, weeks, fastTrack };
}

/**
 * Where the warning is listed: about the request as a whole, not one answer. Under the event's first day it read as
 * if that date were wrong; the comment lists a finding with no form field under "Request" (decide/request.ts).
 */
const DECISION: string[] = [];

export const decisionTime = defineRule<GrantInput>({
  id: "decision-time",
  code: "rule.grant-decision-late",
  severity: "warning",
  configKeys: [
    "grants.decision_weeks",
    "grants.fast_track_decision_weeks",
    "grants.board_threshold",
    ...MONEY_KEYS,
    ...BOARD_CALENDAR_KEYS,
  ],
  check(input, config, now, report) {
    const lead = leadTime(input.request, input.filed);
    // Dates that cannot be read, or that have passed, have their own errors.
    if (!lead || hasPassed(lead, now)) return [];
    const expected = expectedDecision(input, config, now);
    const due = lead.deposit ? `the deposit is due on ${lead.target}` : `the event starts on ${lead.target}`;
    const targetText = `its decision target, ${expected.target} (${plural(expected.weeks, "week")} after filing)`;
    if (expected.board) {
      const meeting = expected.board.meeting;
      // A short-notice warning already compares the meeting with the event: it is not said twice.
      const afterEvent =
        meeting !== undefined && meeting > lead.target && !isShortNotice(lead, input.request, config, now);
      const afterTarget = meeting !== undefined && meeting > expected.target;
      if (!afterEvent && !afterTarget) return [];
      const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
      const after = [
        ...(afterEvent ? [`after ${due}`] : []),
        ...(afterTarget ? [`after ${targetText}`] : []),
      ];
      const afterText = after.join(", and ");
      return [
        report(
          DECISION,
          `The board decides requests over ${threshold}, and the first board meeting that can decide this one is on ${meeting}: ${afterText}.`,
          `Grants WG: please review it early, so it is ready for that meeting. Applicant: if ${lead.deposit ? "the deposit" : "the event"} cannot wait, say so in the request; a request for at most ${threshold} is decided by the Grants WG alone, without waiting for the board.`,
        ),
      ];
    }
    if (expected.target <= lead.target) return [];
    return [
      report(
        DECISION,
        `A decision can be expected by ${targetText}, which is after ${due}.`,
        `Grants WG: this one needs an answer sooner than usual. Applicant: say in the request by when you need to know, and what happens to ${lead.deposit ? "the deposit" : "the event"} without the grant.`,
      ),
    ];
  },
});
