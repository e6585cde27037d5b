/**
 * Board review's follow-ups: after a flow changed an item's labels, the item goes on (or leaves) a board meeting
 * and that agenda is refreshed; the sweep carries unscheduled items over and refreshes the upcoming agenda.
 */
import { labelsAfter } from "../../apply/labels.ts";
import type { Config } from "../../config/types.ts";
import { isAgendaIssue } from "../../decide/agenda.ts";
import type { BoardItem } from "../../decide/board-item.ts";
import { meetingOf, meetingOfMilestone, milestoneTitle, reviewingMeeting } from "../../decide/calendar.ts";
import { gatherOpenLabelled } from "../../gather/board.ts";
import type { Write } from "../../model/write.ts";
import { isoDate } from "../../util/dates.ts";
import type { CoreContext } from "../context.ts";
import { refreshAgenda } from "./refresh-agenda.ts";
import { BoardSession } from "./session.ts";

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
