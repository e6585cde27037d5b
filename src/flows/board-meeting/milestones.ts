/**
 * Board meeting milestones (`Board meeting YYYY-MM-DD`, due that day), created once and reused. The list is read
 * once per event; when a concurrent run created the same milestone first, GitHub answers 422 already_exists and
 * the next round reads the list again.
 */

import type { Config } from "../../config/types.ts";
import { milestoneTitle } from "../../decide/calendar.ts";
import { gatherMilestones, type IssueData, type MilestoneLike } from "../../gather/board.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { Write } from "../../model/write.ts";
import { goOn, type Round, round } from "../flow-module.ts";

/** What one event's board rounds share: the config, and what earlier rounds read (comments, the milestones). */
export interface BoardWork {
  config: Config;
  comments: Map<number, CommentLike[]>;
  milestones?: MilestoneLike[];
  /**
   * Open issues by escalation label, when a round of this chain already listed them and nothing it wrote since
   * could change them (the sweep lists them to decide whether to open the meeting's milestone, then only creates
   * it): the agenda round uses them instead of listing them again.
   */
  labelled?: Map<string, IssueData[]>;
  /**
   * The agenda's work group reports section (decide/agenda-reports.ts), when this chain read the reports: the sweep
   * does, "" when none fell due. Left undefined, a refresh keeps the section the agenda already has.
   */
  reports?: string;
}

export function boardWork(config: Config): BoardWork {
  return { config, comments: new Map() };
}

function createMilestone(meeting: string): Write {
  return {
    kind: "create-milestone",
    title: milestoneTitle(meeting),
    // GitHub keeps only the day of `due_on`, as counted in US Pacific time: noon UTC is that day everywhere.
    due_on: `${meeting}T12:00:00Z`,
    description: `Items the board reviews at its meeting on ${meeting}. Managed by wgbot.`,
  };
}

/**
 * The meeting's milestone, found (or created when `create`; in a dry run a milestone to be created has number 0),
 * then the rounds `then` makes of it.
 */
export function milestoneRound(
  work: BoardWork,
  meeting: string,
  create: boolean,
  then: (milestone: MilestoneLike | undefined) => Round | undefined,
): Round {
  const title = milestoneTitle(meeting);
  const find = async (reread: boolean, ctx: Parameters<Round["gather"]>[0]) => {
    if (reread || !work.milestones) work.milestones = await gatherMilestones(ctx.github, ctx.repo);
    return work.milestones.find((m) => m.title === title);
  };
  return round(
    (ctx) => find(false, ctx),
    (found) => {
      if (found || !create) return goOn(() => then(found));
      return {
        writes: [createMilestone(meeting)],
        next: ([created], dryRun) => {
          work.milestones ??= [];
          const list = work.milestones;
          if (created) {
            list.push(created as MilestoneLike);
            return then(created as MilestoneLike);
          }
          if (dryRun) {
            const planned = { number: 0, title, state: "open" };
            list.push(planned);
            return then(planned);
          }
          // Already exists: a concurrent run created it between our read and our write.
          return round(
            (ctx) => find(true, ctx),
            (again) => {
              if (!again)
                throw new Error(`GitHub says milestone "${title}" exists, but it is not in the list.`);
              return goOn(() => then(again));
            },
          );
        },
      };
    },
  );
}
