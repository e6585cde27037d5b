/**
 * Open charter proposals and grant requests by stage, with their age and decision target.
 *
 * The decision target is the date by which the applicant can expect an answer: an item in board review (or
 * deferred) is decided at its meeting — the milestone's, or the meeting it would be reviewed at if escalated
 * today; a grant before the board has the target its intake comment promised (decide/decision-target.ts:
 * `grants.decision_weeks` from filing, or `grants.fast_track_decision_weeks` when it carries the fast-track label),
 * the same day the sweep's reminder and the agenda name. An item waiting for its author (needs-info) has no target:
 * the next move is the applicant's.
 */
import type { Config } from "../../config/types.ts";
import { daysBetween, isoDate, parseDate } from "../../util/dates.ts";
import { grantAmount, itemKind } from "../board-item.ts";
import { meetingOf, reviewingMeeting } from "../calendar.ts";
import { pastDecisionTarget, requestTarget } from "../decision-target.ts";
import type { DecisionTarget, FoundationItem, RequestView, Stage, StageGroup } from "./model.ts";

const STAGE_LABELS: Record<Stage, string> = {
  new: "Being checked",
  "needs-info": "Needs information",
  "grants-wg-review": "Grants WG review",
  "board-review": "Board review",
  deferred: "Deferred by the board",
};

const CHARTER_STAGES: Stage[] = ["new", "needs-info", "board-review", "deferred"];
const GRANT_STAGES: Stage[] = ["new", "needs-info", "grants-wg-review", "board-review", "deferred"];

export function stageOf(item: Pick<FoundationItem, "labels">, config: Config): Stage {
  const L = config.labels;
  const has = (label: string) => item.labels.includes(label);
  if (has(L.deferred)) return "deferred";
  if (has(L.board_review)) return "board-review";
  if (has(L.needs_info)) return "needs-info";
  if (has(L.grants_wg_review)) return "grants-wg-review";
  return "new";
}

export function decisionTarget(
  item: FoundationItem,
  stage: Stage,
  config: Config,
  now: Date,
): DecisionTarget | undefined {
  if (stage === "board-review" || stage === "deferred") {
    const scheduled = meetingOf(item);
    const date = scheduled ?? reviewingMeeting(config.board, now);
    if (!date) return undefined;
    return { date, by: "board", scheduled: scheduled !== undefined, overdue: pastDecisionTarget(date, now) };
  }
  if (stage !== "needs-info" && itemKind(item, config) === "grant") {
    const { date } = requestTarget(item, config);
    return { date, by: "grants-wg", scheduled: false, overdue: pastDecisionTarget(date, now) };
  }
  return undefined;
}

/** The open requests of one kind, grouped by stage in the order they move through (empty stages left out). */
export function requestsByStage(
  items: readonly FoundationItem[],
  kind: "charter" | "grant",
  config: Config,
  now: Date,
): StageGroup[] {
  const views: RequestView[] = items
    .filter((item) => item.state === "open" && !item.isPull && itemKind(item, config) === kind)
    .sort((a, b) => a.number - b.number)
    .map((item) => {
      const stage = stageOf(item, config);
      const target = decisionTarget(item, stage, config, now);
      const amount = kind === "grant" ? grantAmount(item, config)?.text : undefined;
      const opened = item.createdAt.slice(0, 10);
      return {
        number: item.number,
        title: item.title,
        author: item.author,
        kind,
        stage,
        opened,
        ageDays: Math.max(0, daysBetween(parseDate(opened), parseDate(isoDate(now)))),
        ...(target ? { target } : {}),
        ...(amount ? { amount } : {}),
      };
    });
  return (kind === "charter" ? CHARTER_STAGES : GRANT_STAGES)
    .map((stage) => ({ stage, label: STAGE_LABELS[stage], items: views.filter((v) => v.stage === stage) }))
    .filter((group) => group.items.length > 0);
}
