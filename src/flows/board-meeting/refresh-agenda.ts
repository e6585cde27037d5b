/**
 * A board meeting's agenda, regenerated from the items on its milestone; items this event changed are put on (or
 * taken off) the milestone first, and escalated items on no meeting are carried over to the upcoming one.
 */
import type { AgendaEntry } from "../../decide/agenda.ts";
import { isAgendaIssue, onAgenda, renderAgenda } from "../../decide/agenda.ts";
import { type BoardItem, itemKind } from "../../decide/board-item.ts";
import { meetingOfMilestone, milestoneTitle, reviewingMeeting } from "../../decide/calendar.ts";
import {
  boardItemOf,
  gatherMilestoneIssues,
  gatherOpenLabelled,
  type IssueData,
} from "../../gather/board.ts";
import { isoDate } from "../../util/dates.ts";
import { syncAgenda } from "./agenda-issue.ts";
import type { BoardSession } from "./session.ts";

/**
 * Regenerates the agenda of `meeting`. `changed` are items this event changed, in their new state (labels, state,
 * milestone): one whose milestone is now this meeting's is put on it, one that is no longer on any milestone is
 * taken off it. Items come from the milestone's list, so a redelivered event, whose payload is older than the
 * state, writes nothing.
 */
export async function refreshAgenda(
  session: BoardSession,
  meeting: string,
  changed: readonly BoardItem[] = [],
): Promise<void> {
  const { ctx, config, runner } = session;
  const title = milestoneTitle(meeting);
  const placing = changed.filter((i) => i.milestone === title);
  const milestone =
    placing.length > 0 ? await session.milestones.ensure(meeting) : await session.milestones.find(meeting);
  if (!milestone) return;
  const issues: IssueData[] =
    milestone.number > 0 ? await gatherMilestoneIssues(ctx.github, ctx.repo, milestone.number) : [];
  const listed = new Set(issues.map((i) => i.number));
  for (const item of changed) {
    if (item.milestone === title && !listed.has(item.number)) {
      await runner.run({
        kind: "set-milestone",
        issue: item.number,
        milestone: { number: milestone.number, title },
      });
    } else if (item.milestone === undefined && listed.has(item.number)) {
      await runner.run({ kind: "set-milestone", issue: item.number, milestone: null });
    }
  }
  if (meeting === reviewingMeeting(config.board, ctx.now))
    issues.push(...(await carryOver(session, milestone.number, title, issues)));

  const changedNumbers = new Set(changed.map((i) => i.number));
  const self = await ctx.self();
  const items = [
    ...issues.filter((i) => !isAgendaIssue(i, self) && !changedNumbers.has(i.number)).map(boardItemOf),
    ...placing,
  ].filter((item) => onAgenda(item, config));
  const entries: AgendaEntry[] = [];
  for (const item of items) {
    const needsRecords =
      itemKind(item, config) === "grant" ||
      [config.labels.approved, config.labels.declined, config.labels.deferred].some((l) =>
        item.labels.includes(l),
      );
    entries.push({ item, records: needsRecords ? await session.recordsOf(item.number) : [] });
  }
  await syncAgenda(runner, {
    meeting,
    milestone,
    issues,
    body: renderAgenda({ meeting, entries, config }),
    hasItems: entries.length > 0,
  });
}

/**
 * Escalated items that are on no board meeting — labelled by hand, by another flow, or left on a meeting that has
 * passed without a decision — go on the upcoming meeting (the one an item escalated now is reviewed at).
 */
async function carryOver(
  session: BoardSession,
  milestone: number,
  title: string,
  onMilestone: readonly IssueData[],
): Promise<IssueData[]> {
  const { ctx, config, runner } = session;
  const today = isoDate(ctx.now);
  const listed = new Set(onMilestone.map((i) => i.number));
  const found = new Map<number, IssueData>();
  for (const label of [config.labels.board_review, config.labels.at_risk]) {
    for (const issue of await gatherOpenLabelled(ctx.github, ctx.repo, label)) found.set(issue.number, issue);
  }
  const moved: IssueData[] = [];
  const self = await ctx.self();
  for (const issue of [...found.values()].sort((a, b) => a.number - b.number)) {
    if (listed.has(issue.number) || isAgendaIssue(issue, self)) continue;
    const current = issue.milestone ? meetingOfMilestone(issue.milestone.title) : undefined;
    if (issue.milestone && current === undefined) continue; // on a milestone of people's own: leave it
    if (current !== undefined && current >= today) continue; // already on a meeting to come
    await runner.run({ kind: "set-milestone", issue: issue.number, milestone: { number: milestone, title } });
    moved.push({ ...issue, milestone: { number: milestone, title } });
  }
  return moved;
}
