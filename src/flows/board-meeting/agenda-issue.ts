/**
 * The agenda issue of a board meeting: found by its hidden marker among the milestone's issues that wgbot's own
 * account opened (anyone else's with the same marker is never edited or closed), created when missing, edited only
 * when its text changed. Two runs racing may both create one; each then lists the milestone again, keeps the
 * lowest-numbered agenda and closes any other as a duplicate, so one agenda is left open.
 */

import { fitComment } from "../../apply/sticky.ts";
import type { WriteRunner } from "../../apply/write-runner.ts";
import { agendaTitle, duplicateAgendaBody, isAgendaOf } from "../../decide/agenda.ts";
import { gatherMilestoneIssues, type IssueData, type MilestoneLike } from "../../gather/board.ts";
import { sameText } from "../../model/comment.ts";
import type { Self } from "../../model/markers.ts";

export interface AgendaTarget {
  meeting: string;
  milestone: MilestoneLike;
  /** The milestone's issues as just listed: the agenda, if it exists, is among them. */
  issues: readonly IssueData[];
  /** The agenda's whole body, marker first. */
  body: string;
  /** Whether the meeting has any item: no agenda is opened for an empty meeting. */
  hasItems: boolean;
}

/** Brings the agenda issue to `body`; returns its number (undefined when none exists or, in a dry run, yet). */
export async function syncAgenda(runner: WriteRunner, target: AgendaTarget): Promise<number | undefined> {
  const { meeting, milestone } = target;
  // A meeting with hundreds of items would otherwise make a body GitHub refuses, and the agenda would never update.
  const body = fitComment(target.body, "issue");
  const title = agendaTitle(meeting);
  const self = await runner.self();
  let candidates = agendasIn(target.issues, meeting, self);
  if (candidates.length === 0) {
    if (!target.hasItems) return undefined;
    const created = (await runner.run({
      kind: "create-issue",
      title,
      body,
      ...(milestone.number > 0 ? { milestone: milestone.number } : {}),
    })) as IssueData | undefined;
    if (!created) return undefined; // dry run
    // A concurrent run may have opened one too: list again and keep the first.
    candidates = agendasIn(
      await gatherMilestoneIssues(runner.github, runner.repo, milestone.number),
      meeting,
      self,
    );
    if (!candidates.some((c) => c.number === created.number))
      candidates = [...candidates, created].sort((a, b) => a.number - b.number);
  }
  const [keep, ...duplicates] = candidates as [IssueData, ...IssueData[]];
  for (const duplicate of duplicates) {
    if (duplicate.state === "closed" && !isAgendaOf(duplicate, meeting, self)) continue;
    await runner.run({
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
    await runner.run({
      kind: "update-issue",
      issue: keep.number,
      patch: { ...(keep.title === title ? {} : { title }), ...(sameBody ? {} : { body }) },
    });
  }
  return keep.number;
}

function agendasIn(issues: readonly IssueData[], meeting: string, self: Self): IssueData[] {
  return issues.filter((i) => isAgendaOf(i, meeting, self)).sort((a, b) => a.number - b.number);
}
