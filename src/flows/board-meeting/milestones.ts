/**
 * Board meeting milestones (`Board meeting YYYY-MM-DD`, due that day), created once and reused. The list is read
 * once per event; when a concurrent run created the same milestone first, GitHub answers 422 already_exists and
 * the next round reads the list again.
 */

import { milestoneTitle } from "../../decide/calendar.ts";
import { gatherMilestones, type MilestoneLike } from "../../gather/board.ts";
import type { Write } from "../../model/write.ts";
import { goOn, type Round, round } from "../flow-module.ts";
import { type BoardFacts, withMilestones } from "./board-facts.ts";

function createMilestone(meeting: string): Write {
  return {
    kind: "create-milestone",
    title: milestoneTitle(meeting),
    // GitHub keeps only the day of `due_on`, as counted in US Pacific time: noon UTC is that day everywhere.
    due_on: `${meeting}T12:00:00Z`,
    description: `Items the board reviews at its meeting on ${meeting}. Managed by wgbot.`,
  };
}

/** What comes after the milestone round: the milestone (undefined when it does not exist and is not created). */
export type AfterMilestone = (facts: BoardFacts, milestone: MilestoneLike | undefined) => Round | undefined;

/**
 * The meeting's milestone, found (or created when `create`; in a dry run a milestone to be created has number 0),
 * then the rounds `then` makes of it.
 */
export function milestoneRound(
  facts: BoardFacts,
  meeting: string,
  create: boolean,
  then: AfterMilestone,
): Round {
  const title = milestoneTitle(meeting);
  return round(
    async (ctx) => facts.milestones ?? (await gatherMilestones(ctx.github, ctx.repo)),
    (listed) => {
      const known = withMilestones(facts, listed);
      const found = listed.find((m) => m.title === title);
      if (found || !create) return goOn(() => then(known, found));
      return {
        writes: [createMilestone(meeting)],
        next: ([created], dryRun) => {
          if (created)
            return then(withMilestones(facts, listed, created as MilestoneLike), created as MilestoneLike);
          if (dryRun) {
            const planned = { number: 0, title, state: "open" };
            return then(withMilestones(facts, listed, planned), planned);
          }
          // Already exists: a concurrent run created it between our read and our write.
          return round(
            (ctx) => gatherMilestones(ctx.github, ctx.repo),
            (again) => {
              const theirs = again.find((m) => m.title === title);
              if (!theirs)
                throw new Error(`GitHub says milestone "${title}" exists, but it is not in the list.`);
              return goOn(() => then(withMilestones(facts, again), theirs));
            },
          );
        },
      };
    },
  );
}
