/**
 * Replies to commands. Each command comment gets at most one reply, found again by a marker that names the
 * comment it answers, so a redelivered event never replies twice.
 */

import { stickyWrites } from "../apply/sticky.ts";
import { stickiesIn } from "../decide/sticky-comments.ts";
import { gatherComments } from "../gather/comments.ts";
import type { CommentLike } from "../model/comment.ts";
import type { Self } from "../model/markers.ts";
import type { Write } from "../model/write.ts";
import { type BoardFacts, withComments } from "./board-meeting/board-facts.ts";
import { type Decision, goOn, type Round, round } from "./flow-module.ts";

export function replyWrites(
  issue: number,
  comments: readonly CommentLike[],
  commandId: number,
  text: string,
  self: Self,
): Write[] {
  return stickyWrites(issue, comments, `reply:${commandId}`, text, self);
}

/** What follows the reply, given what the rounds know (the reply among the comments) and whether this is a dry run. */
export type AfterReply = (facts: BoardFacts, dryRun: boolean) => Round | undefined;

/**
 * The one reply to a command comment (or its edit). Two runs racing on one delivery may both post: each then reads
 * the comments again (one more round), and the one whose reply is not the first deletes its own.
 */
export function replyRound(
  facts: BoardFacts,
  issue: number,
  commandId: number,
  text: string,
  self: Self,
  then?: AfterReply,
): Decision {
  const comments = facts.comments.get(issue) ?? [];
  const writes = replyWrites(issue, comments, commandId, text, self);
  return {
    writes,
    next: (answers, dryRun) => {
      const write = writes[0];
      if (write?.kind !== "create-comment") return then?.(facts, dryRun);
      // A dry run: later rounds read the reply as if it were there.
      if (dryRun)
        return then?.(
          withComments(facts, issue, [...comments, { id: 0, body: write.body, user: { login: self.login } }]),
          dryRun,
        );
      const created = answers[0] as CommentLike;
      return round(
        (ctx) => gatherComments(ctx.github, ctx.repo, issue),
        (again) => {
          const first = stickiesIn(again, `reply:${commandId}`, self)[0];
          if (first && first.id !== created.id) {
            const known = withComments(
              facts,
              issue,
              again.filter((c) => c.id !== created.id),
            );
            return {
              writes: [{ kind: "delete-comment", issue, commentId: created.id }],
              ...(then ? { next: () => then(known, false) } : {}),
            };
          }
          const known = withComments(
            facts,
            issue,
            again.some((c) => c.id === created.id) ? again : [...again, created],
          );
          return goOn(then && (() => then(known, false)));
        },
      );
    },
  };
}
