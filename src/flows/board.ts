/**
 * Board review's shared steps: put an item on (or take it off) a board meeting's milestone, and regenerate the
 * meeting's agenda issue from the items on it. The command flow, the request flow and the protected-label guard
 * use them; the sweep can call `syncBoard` to carry unscheduled items over and refresh the upcoming agenda.
 */

import { syncAgenda } from "../apply/agenda.ts";
import { labelsAfter } from "../apply/labels.ts";
import { Milestones } from "../apply/milestone.ts";
import { WriteRunner } from "../apply/runner.ts";
import type { CommentLike } from "../apply/sticky.ts";
import type { Write } from "../apply/writes.ts";
import type { Config } from "../config/types.ts";
import type { CoreContext } from "../core/context.ts";
import { type AgendaEntry, isAgendaIssue, onAgenda, renderAgenda } from "../decide/agenda.ts";
import { type BoardItem, itemKind } from "../decide/board-item.ts";
import { meetingOfMilestone, milestoneTitle, reviewingMeeting } from "../decide/calendar.ts";
import { type DecisionRecord, recordsIn } from "../decide/decision.ts";
import { boardItemOf, gatherMilestoneIssues, gatherOpenLabelled, type IssueData } from "../gather/board.ts";
import { gatherComments } from "../gather/comments.ts";
import { isoDate } from "../util/dates.ts";

/** What one event's board work shares: the writes so far, and what was already read. */
export class BoardSession {
  readonly runner: WriteRunner;
  readonly milestones: Milestones;
  private readonly comments = new Map<number, CommentLike[]>();

  constructor(
    readonly ctx: CoreContext,
    readonly config: Config,
  ) {
    this.runner = new WriteRunner(ctx.github, ctx.repo, ctx.dryRun, ctx.self);
    this.milestones = new Milestones(this.runner);
  }

  get writes(): Write[] {
    return this.runner.writes;
  }

  async commentsOf(issue: number): Promise<CommentLike[]> {
    let list = this.comments.get(issue);
    if (!list) {
      list = await gatherComments(this.ctx.github, this.ctx.repo, issue);
      this.comments.set(issue, list);
    }
    return list;
  }

  /** After a write changed them: what the next read should see. */
  knowComments(issue: number, comments: CommentLike[]): void {
    this.comments.set(issue, comments);
  }

  async recordsOf(issue: number): Promise<DecisionRecord[]> {
    return recordsIn(await this.commentsOf(issue), await this.ctx.self());
  }
}

/** The meeting an item is on, from its milestone's title. */
export function meetingOf(item: Pick<BoardItem, "milestone">): string | undefined {
  return item.milestone ? meetingOfMilestone(item.milestone) : undefined;
}

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

/**
 * After a flow changed an item's labels: an item in board review goes on a meeting (the one it is on, or the
 * upcoming one) and that agenda is refreshed; an undecided item that left board review leaves its meeting. An item
 * that is neither in board review nor on a meeting costs no request.
 */
export async function followEscalation(session: BoardSession, item: BoardItem): Promise<void> {
  const { config, ctx } = session;
  const L = config.labels;
  const escalated = item.state === "open" && item.labels.includes(L.board_review);
  const current = meetingOf(item);
  if (escalated) {
    const meeting = current ?? reviewingMeeting(config.board, ctx.now);
    if (!meeting) return;
    await refreshAgenda(session, meeting, [{ ...item, milestone: milestoneTitle(meeting) }]);
    return;
  }
  if (current === undefined) return;
  const decided = [L.approved, L.declined, L.deferred, L.at_risk].some((l) => item.labels.includes(l));
  if (decided) await refreshAgenda(session, current, [item]);
  else {
    const { milestone: _, ...off } = item;
    await refreshAgenda(session, current, [off]);
  }
}

/**
 * For a flow that changed an item's labels with its own writes (the request flow): what it leaves the item with,
 * then the board's follow-up. Returns the follow-up's writes.
 */
export async function escalationAfter(
  ctx: CoreContext,
  config: Config,
  item: BoardItem,
  writes: readonly Write[],
): Promise<Write[]> {
  const after = { ...item, labels: labelsAfter(item.number, item.labels, writes) };
  const L = config.labels;
  // Nothing to do, and nothing to read, for an item that is neither in board review nor on a board meeting.
  if (!after.labels.includes(L.board_review) && meetingOf(after) === undefined) return [];
  const session = new BoardSession(ctx, config);
  await followEscalation(session, after);
  return session.writes;
}

/** For the sweep: carry unscheduled escalated items over to the upcoming meeting and refresh its agenda. */
export async function syncBoard(ctx: CoreContext, config: Config): Promise<Write[]> {
  const meeting = reviewingMeeting(config.board, ctx.now);
  if (!meeting) return [];
  const session = new BoardSession(ctx, config);
  const exists = await session.milestones.find(meeting);
  if (!exists) {
    // Open a meeting's milestone only when something is waiting for it.
    const waiting = (
      await Promise.all(
        [config.labels.board_review, config.labels.at_risk].map((l) =>
          gatherOpenLabelled(ctx.github, ctx.repo, l),
        ),
      )
    ).flat();
    const self = await ctx.self();
    const unscheduled = waiting.filter((i) => {
      const m = i.milestone ? meetingOfMilestone(i.milestone.title) : undefined;
      return !isAgendaIssue(i, self) && (!i.milestone || (m !== undefined && m < isoDate(ctx.now)));
    });
    if (unscheduled.length === 0) return [];
    await session.milestones.ensure(meeting);
  }
  await refreshAgenda(session, meeting, []);
  return session.writes;
}
