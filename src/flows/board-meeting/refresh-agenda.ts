/**
 * A board meeting's agenda, regenerated from the items on its milestone; items this event changed are put on (or
 * taken off) the milestone first, and escalated items on no meeting are carried over to the upcoming one. Rounds:
 * the meeting's milestone (milestones.ts; created when an item goes on it), then one round that reads the
 * milestone's items, the escalated items and the decision records the agenda shows, and writes the milestone
 * changes and the agenda (agenda-issue.ts).
 */
import type { Config } from "../../config/types.ts";
import type { AgendaEntry } from "../../decide/agenda.ts";
import { isAgendaIssue, isAgendaOf, onAgenda, renderAgenda } from "../../decide/agenda.ts";
import { keptReportsSection } from "../../decide/agenda-reports.ts";
import { type BoardItem, itemKind } from "../../decide/board-item.ts";
import { meetingOfMilestone, milestoneTitle, reviewingMeeting } from "../../decide/calendar.ts";
import { recordsIn } from "../../decide/decision-record.ts";
import {
  boardItemOf,
  gatherMilestoneIssues,
  gatherOpenLabelled,
  type IssueData,
  type MilestoneLike,
} from "../../gather/board.ts";
import { builtInTemplates } from "../../gather/comment-templates.ts";
import { gatherComments } from "../../gather/comments.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { Self } from "../../model/markers.ts";
import type { Write } from "../../model/write.ts";
import { isoDate } from "../../util/dates.ts";
import { type Round, round } from "../flow-module.ts";
import { syncAgenda } from "./agenda-issue.ts";
import { type BoardFacts, type Then, withAllComments } from "./board-facts.ts";
import { milestoneRound } from "./milestones.ts";

/**
 * Regenerates the agenda of `meeting`, then goes on with `then`. `changed` are items this event changed, in their
 * new state (labels, state, milestone): one whose milestone is now this meeting's is put on it, one that is no
 * longer on any milestone is taken off it. Items come from the milestone's list, so a redelivered event, whose
 * payload is older than the state, writes nothing.
 */
export function refreshRound(
  facts: BoardFacts,
  meeting: string,
  changed: readonly BoardItem[],
  then?: Then,
): Round {
  const placing = changed.filter((i) => i.milestone === milestoneTitle(meeting));
  return milestoneRound(facts, meeting, placing.length > 0, (known, milestone) =>
    milestone ? agendaRound(known, meeting, milestone, changed, then) : then?.(known),
  );
}

interface Listed {
  issues: IssueData[];
  /** The repository owner, for the board team's mention. */
  owner: string;
  /** Open items labelled for board review or at risk, when `meeting` is the upcoming one. */
  escalated: IssueData[] | undefined;
  self: Self;
  /** The comments this round read, for the decision records the agenda shows. */
  read: Map<number, CommentLike[]>;
}

function agendaRound(
  facts: BoardFacts,
  meeting: string,
  milestone: MilestoneLike,
  changed: readonly BoardItem[],
  then: Then | undefined,
): Round {
  const { config } = facts;
  return round(
    async (ctx): Promise<Listed> => {
      const issues =
        milestone.number > 0 ? await gatherMilestoneIssues(ctx.github, ctx.repo, milestone.number) : [];
      let escalated: IssueData[] | undefined;
      if (meeting === reviewingMeeting(config.board, ctx.now)) {
        const found = new Map<number, IssueData>();
        for (const label of [config.labels.board_review, config.labels.at_risk]) {
          const open = facts.labelled?.get(label) ?? (await gatherOpenLabelled(ctx.github, ctx.repo, label));
          for (const issue of open) found.set(issue.number, issue);
        }
        escalated = [...found.values()].sort((a, b) => a.number - b.number);
      }
      const listed: Listed = {
        issues,
        owner: ctx.repo.owner,
        escalated,
        self: await ctx.self(),
        read: new Map(),
      };
      // The decision records the agenda shows, read once per item and event.
      for (const item of layout(config, meeting, milestone, changed, listed, ctx.now).items) {
        if (needsRecords(item, config) && !facts.comments.has(item.number))
          listed.read.set(item.number, await gatherComments(ctx.github, ctx.repo, item.number));
      }
      return listed;
    },
    (listed, now) => {
      const known = withAllComments(facts, listed.read);
      const { moves, issues, items } = layout(config, meeting, milestone, changed, listed, now);
      const entries: AgendaEntry[] = items.map((item) => ({
        item,
        records: needsRecords(item, config)
          ? recordsIn(known.comments.get(item.number) ?? [], listed.self)
          : [],
      }));
      // The reports section the sweep just made, or else the one the agenda has (a refresh that read no reports).
      const current = issues.find((i) => isAgendaOf(i, meeting, listed.self));
      const reports = known.reports ?? keptReportsSection(current?.body);
      const owner = listed.owner;
      return syncAgenda(
        {
          meeting,
          milestone,
          issues,
          body: renderAgenda({ meeting, entries, config, templates: builtInTemplates(), reports, owner }),
          hasItems: entries.length > 0 || reports !== "",
          self: listed.self,
        },
        moves,
        then ? () => then(known) : undefined,
      );
    },
  );
}

function needsRecords(item: BoardItem, config: Config): boolean {
  return (
    itemKind(item, config) === "grant" ||
    [config.labels.approved, config.labels.declined, config.labels.deferred].some((l) =>
      item.labels.includes(l),
    )
  );
}

/** The milestone changes, the milestone's issues once they are made, and the items on the agenda. */
function layout(
  config: Config,
  meeting: string,
  milestone: MilestoneLike,
  changed: readonly BoardItem[],
  listed: Listed,
  now: Date,
): { moves: Write[]; issues: IssueData[]; items: BoardItem[] } {
  const title = milestoneTitle(meeting);
  const issues = [...listed.issues];
  const onMilestone = new Set(issues.map((i) => i.number));
  const moves: Write[] = [];
  for (const item of changed) {
    if (item.milestone === title && !onMilestone.has(item.number)) {
      moves.push({
        kind: "set-milestone",
        issue: item.number,
        milestone: { number: milestone.number, title },
      });
    } else if (item.milestone === undefined && onMilestone.has(item.number)) {
      moves.push({ kind: "set-milestone", issue: item.number, milestone: null });
    }
  }
  if (listed.escalated) {
    // An item this round puts on the milestone is on it already, as far as carrying over goes.
    const placed = new Set([
      ...onMilestone,
      ...changed.filter((i) => i.milestone === title).map((i) => i.number),
    ]);
    const carried = carryOver(listed.escalated, placed, listed.self, isoDate(now));
    for (const issue of carried) {
      moves.push({
        kind: "set-milestone",
        issue: issue.number,
        milestone: { number: milestone.number, title },
      });
      issues.push({ ...issue, milestone: { number: milestone.number, title } });
    }
  }
  const changedNumbers = new Set(changed.map((i) => i.number));
  const placing = changed.filter((i) => i.milestone === title);
  const items = [
    ...issues.filter((i) => !isAgendaIssue(i, listed.self) && !changedNumbers.has(i.number)).map(boardItemOf),
    ...placing,
  ].filter((item) => onAgenda(item, config));
  return { moves, issues, items };
}

/**
 * Escalated items that are on no board meeting — labelled by hand, by another flow, or left on a meeting that has
 * passed without a decision — go on the upcoming meeting (the one an item escalated now is reviewed at).
 */
function carryOver(
  escalated: readonly IssueData[],
  onMilestone: ReadonlySet<number>,
  self: Self,
  today: string,
): IssueData[] {
  return escalated.filter((issue) => {
    if (onMilestone.has(issue.number) || isAgendaIssue(issue, self)) return false;
    const current = issue.milestone ? meetingOfMilestone(issue.milestone.title) : undefined;
    if (issue.milestone && current === undefined) return false; // on a milestone of people's own: leave it
    return current === undefined || current < today; // not already on a meeting to come
  });
}
