/**
 * Board review's follow-ups, as rounds: after a flow changed an item's labels, the item goes on (or leaves) a board
 * meeting and that agenda is refreshed; the sweep carries unscheduled items over and refreshes the upcoming agenda.
 */
import { labelsAfter } from "../../apply/labels.ts";
import type { Config } from "../../config/types.ts";
import { isAgendaIssue } from "../../decide/agenda.ts";
import { renderReportsSection, reportsForMeeting, shownReports } from "../../decide/agenda-reports.ts";
import type { BoardItem } from "../../decide/board-item.ts";
import { meetingOf, meetingOfMilestone, milestoneTitle, reviewingMeeting } from "../../decide/calendar.ts";
import { gatherMilestones, gatherOpenLabelled } from "../../gather/board.ts";
import { gatherFileTexts } from "../../gather/workgroups.ts";
import type { Write } from "../../model/write.ts";
import { isoDate } from "../../util/dates.ts";
import type { GovernanceState } from "../../validate/repository.ts";
import type { CoreContext } from "../context.ts";
import { goOn, type Round, round } from "../flow-module.ts";
import { runChain } from "../run-rounds.ts";
import { type BoardFacts, boardFacts, type Then } from "./board-facts.ts";
import { milestoneRound } from "./milestones.ts";
import { refreshRound } from "./refresh-agenda.ts";

/**
 * After a flow changed an item's labels: an item in board review goes on a meeting (the one it is on, or the
 * upcoming one) and that agenda is refreshed; an undecided item that left board review leaves its meeting. An item
 * that is neither in board review nor on a meeting costs no request.
 */
export function escalationRound(
  facts: BoardFacts,
  item: BoardItem,
  now: Date,
  then?: Then,
): Round | undefined {
  const L = facts.config.labels;
  const escalated = item.state === "open" && item.labels.includes(L.board_review);
  const current = meetingOf(item);
  if (escalated) {
    const meeting = current ?? reviewingMeeting(facts.config.board, now);
    if (!meeting) return then?.(facts);
    return refreshRound(facts, meeting, [{ ...item, milestone: milestoneTitle(meeting) }], then);
  }
  if (current === undefined) return then?.(facts);
  const decided = [L.approved, L.declined, L.deferred, L.at_risk].some((l) => item.labels.includes(l));
  if (decided) return refreshRound(facts, current, [item], then);
  const { milestone: _, ...off } = item;
  return refreshRound(facts, current, [off], then);
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
  return (await runChain(escalationRound(boardFacts(config), after, ctx.now), ctx)).writes;
}

/**
 * For the sweep: carry unscheduled escalated items over to the upcoming meeting and refresh its agenda, with the
 * work groups' reports that fell due since the previous meeting (read from `governance`, the sweep's state, and
 * the default branch `branch`: one query for their text, none when no report fell due). A meeting with nothing
 * waiting and no report gets no milestone and no agenda.
 */
export async function syncBoard(
  ctx: CoreContext,
  config: Config,
  governance?: { state: GovernanceState; branch?: string | undefined; url?: string | undefined },
): Promise<Write[]> {
  const meeting = reviewingMeeting(config.board, ctx.now);
  if (!meeting) return [];
  const first = round(
    async (ctx): Promise<{ facts: BoardFacts; exists: boolean; waiting: number }> => {
      let reports: string | undefined;
      if (governance) {
        const files = reportsForMeeting(governance.state, config, meeting);
        const texts =
          files.length > 0
            ? await gatherFileTexts(
                ctx.github,
                ctx.repo,
                shownReports(files).map((f) => f.path),
              )
            : new Map();
        reports = renderReportsSection(files, texts, governance.branch ?? "HEAD", governance.url);
      }
      const milestones = await gatherMilestones(ctx.github, ctx.repo);
      const read = boardFacts(config, { milestones, ...(reports === undefined ? {} : { reports }) });
      if (milestones.some((m) => m.title === milestoneTitle(meeting)))
        return { facts: read, exists: true, waiting: 0 };
      // Open a meeting's milestone only when something is waiting for it.
      const labels = [config.labels.board_review, config.labels.at_risk];
      const lists = await Promise.all(labels.map((l) => gatherOpenLabelled(ctx.github, ctx.repo, l)));
      // Still true for the agenda round: the only write before it is the milestone's creation.
      const facts = { ...read, labelled: new Map(labels.map((l, i) => [l, lists[i] ?? []])) };
      const self = await ctx.self();
      const unscheduled = lists.flat().filter((i) => {
        const m = i.milestone ? meetingOfMilestone(i.milestone.title) : undefined;
        return !isAgendaIssue(i, self) && (!i.milestone || (m !== undefined && m < isoDate(ctx.now)));
      });
      return { facts, exists: false, waiting: unscheduled.length };
    },
    ({ facts, exists, waiting }) => {
      if (exists) return goOn(() => refreshRound(facts, meeting, []));
      if (waiting === 0 && !facts.reports) return { writes: [] };
      return goOn(() => milestoneRound(facts, meeting, true, (known) => refreshRound(known, meeting, [])));
    },
  );
  return (await runChain(first, ctx)).writes;
}
