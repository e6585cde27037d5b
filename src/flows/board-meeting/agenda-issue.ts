/**
 * The agenda issue of a board meeting: found by its hidden marker among the milestone's issues that wgbot's own
 * account opened (anyone else's with the same marker is never edited or closed), created when missing, edited only
 * when its text changed. Two runs racing may both create one; each then lists the milestone again (one more round),
 * keeps the lowest-numbered agenda and closes any other as a duplicate, so one agenda is left open.
 */

import { fitComment } from "../../apply/sticky.ts";
import { agendaTitle, duplicateAgendaBody, isAgendaOf } from "../../decide/agenda.ts";
import { gatherMilestoneIssues, type IssueData, type MilestoneLike } from "../../gather/board.ts";
import { sameText } from "../../model/comment.ts";
import type { Self } from "../../model/markers.ts";
import type { Write } from "../../model/write.ts";
import { type Decision, type Round, round } from "../flow-module.ts";

export interface AgendaTarget {
  meeting: string;
  milestone: MilestoneLike;
  /** The milestone's issues as just listed: the agenda, if it exists, is among them. */
  issues: readonly IssueData[];
  /** The agenda's whole body, marker first. */
  body: string;
  /** Whether the meeting has any item: no agenda is opened for an empty meeting. */
  hasItems: boolean;
  self: Self;
}

/**
 * Brings the agenda issue to `body`, after the writes `before` (in the same round); `then` follows. When the agenda
 * is created, the next round lists the milestone again for an agenda a concurrent run opened.
 */
export function syncAgenda(
  target: AgendaTarget,
  before: Write[],
  then: (() => Round | undefined) | undefined,
): Decision {
  const { meeting, milestone, self } = target;
  // A meeting with hundreds of items would otherwise make a body GitHub refuses, and the agenda would never update.
  const body = fitComment(target.body, "issue");
  const title = agendaTitle(meeting);
  const candidates = agendasIn(target.issues, meeting, self);
  const after = then ? { next: then } : {};
  if (candidates.length > 0)
    return { writes: [...before, ...keepOne(candidates, meeting, title, body, self)], ...after };
  if (!target.hasItems) return { writes: before, ...after };
  const create: Write = {
    kind: "create-issue",
    title,
    body,
    ...(milestone.number > 0 ? { milestone: milestone.number } : {}),
  };
  return {
    writes: [...before, create],
    next: (answers) => {
      const created = answers.at(-1) as IssueData | undefined;
      if (!created) return then?.(); // dry run
      // A concurrent run may have opened one too: list again and keep the first.
      return round(
        (ctx) => gatherMilestoneIssues(ctx.github, ctx.repo, milestone.number),
        (issues) => {
          let again = agendasIn(issues, meeting, self);
          if (!again.some((c) => c.number === created.number))
            again = [...again, created].sort((a, b) => a.number - b.number);
          return { writes: keepOne(again, meeting, title, body, self), ...after };
        },
      );
    },
  };
}

/** Closes every agenda but the first, and brings the first to `title` and `body`. */
function keepOne(candidates: IssueData[], meeting: string, title: string, body: string, self: Self): Write[] {
  const [keep, ...duplicates] = candidates as [IssueData, ...IssueData[]];
  const writes: Write[] = [];
  for (const duplicate of duplicates) {
    if (duplicate.state === "closed" && !isAgendaOf(duplicate, meeting, self)) continue;
    writes.push({
      kind: "update-issue",
      issue: duplicate.number,
      patch: {
        state: "closed",
        state_reason: "not_planned",
        milestone: null,
        body: duplicateAgendaBody(meeting, keep.number),
      },
    });
  }
  const sameBody = sameText(keep.body, body);
  if (!sameBody || keep.title !== title) {
    writes.push({
      kind: "update-issue",
      issue: keep.number,
      patch: { ...(keep.title === title ? {} : { title }), ...(sameBody ? {} : { body }) },
    });
  }
  return writes;
}

function agendasIn(issues: readonly IssueData[], meeting: string, self: Self): IssueData[] {
  return issues.filter((i) => isAgendaOf(i, meeting, self)).sort((a, b) => a.number - b.number);
}
