/**
 * What one event's board-meeting work shares: the writes so far (a write runner, since a milestone's number and a
 * created agenda are needed to plan what follows), the meeting milestones, and the comments already read.
 */
import { WriteRunner } from "../../apply/write-runner.ts";
import type { Config } from "../../config/types.ts";
import { type DecisionRecord, recordsIn } from "../../decide/decision.ts";
import { gatherComments } from "../../gather/comments.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { Write } from "../../model/write.ts";
import type { CoreContext } from "../context.ts";
import { Milestones } from "./milestones.ts";

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
