/**
 * Board meeting milestones (`Board meeting YYYY-MM-DD`, due that day), created once and reused. The list is read
 * once per event; when a concurrent run created the same milestone first, GitHub answers 422 already_exists and
 * the list is read again.
 */

import type { WriteRunner } from "../../apply/write-runner.ts";
import { milestoneTitle } from "../../decide/calendar.ts";
import { gatherMilestones, type MilestoneLike } from "../../gather/board.ts";

export class Milestones {
  private list?: MilestoneLike[];

  constructor(private readonly runner: WriteRunner) {}

  async find(meeting: string): Promise<MilestoneLike | undefined> {
    this.list ??= await gatherMilestones(this.runner.github, this.runner.repo);
    const title = milestoneTitle(meeting);
    return this.list.find((m) => m.title === title);
  }

  /** The meeting's milestone, created when missing. In a dry run a milestone to be created has number 0. */
  async ensure(meeting: string): Promise<MilestoneLike> {
    const found = await this.find(meeting);
    if (found) return found;
    const title = milestoneTitle(meeting);
    const created = (await this.runner.run({
      kind: "create-milestone",
      title,
      // GitHub keeps only the day of `due_on`, as counted in US Pacific time: noon UTC is that day everywhere.
      due_on: `${meeting}T12:00:00Z`,
      description: `Items the board reviews at its meeting on ${meeting}. Managed by wgbot.`,
    })) as MilestoneLike | undefined;
    const list = this.list ?? [];
    if (created) {
      list.push(created);
      return created;
    }
    if (this.runner.dryRun) {
      const planned = { number: 0, title, state: "open" };
      list.push(planned);
      return planned;
    }
    // Already exists: a concurrent run created it between our read and our write.
    this.list = await gatherMilestones(this.runner.github, this.runner.repo);
    const again = this.list.find((m) => m.title === title);
    if (!again) throw new Error(`GitHub says milestone "${title}" exists, but it is not in the list.`);
    return again;
  }
}
