/**
 * `/recheck` in a new comment on a charter proposal or grant request: from its author or a maintainer, the request
 * is answered again as its issue event would be (flows/request.ts); from anyone else, or malformed, it gets one
 * short reply saying why not.
 */
import { commandName, parseCommand } from "../../decide/command.ts";
import { gatherComments } from "../../gather/comments.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { Self } from "../../model/markers.ts";
import { ignored } from "../../model/outcome.ts";
import type { FlowModule, Rounds } from "../flow-module.ts";
import { replyWrites } from "../reply.ts";
import { requestFlow } from "../request.ts";
import { runRounds } from "../run-rounds.ts";

interface RefusalState {
  issue: number;
  commandId: number;
  comments: CommentLike[];
  self: Self;
  error?: string;
}

/** The one reply to a `/recheck` that changes nothing. */
const refusal = (error: string | undefined): Rounds<RefusalState, string> => ({
  gather: async (event, ctx) => {
    const issue = event.payload.issue?.number ?? 0;
    const comments = await gatherComments(ctx.github, ctx.repo, issue);
    return {
      state: { issue, commandId: event.payload.comment?.id ?? 0, comments, self: await ctx.self(), error },
    };
  },
  decide: (s) =>
    s.error ?? "Only the author of this issue or a maintainer of this repository can use `/recheck`.",
  writes: (text, s) => replyWrites(s.issue, s.comments, s.commandId, text, s.self),
  report: (_text, s) => ({ flow: "recheck-refused", summary: `refused /recheck on #${s.issue}` }),
});

export const recheckCommand: FlowModule = {
  name: "recheck",
  command: "recheck",
  handle: async (event, ctx) => {
    const { issue, comment } = event.payload;
    if (!issue || issue.pull_request) return ignored("not an issue");
    if (issue.state === "closed") return ignored(`#${issue.number} is closed`);
    const parsed = parseCommand(comment?.body);
    if (!parsed || commandName(parsed) !== "recheck") return ignored("comment is not /recheck");
    const association = String(
      (comment as { author_association?: string } | undefined)?.author_association ?? "",
    );
    const commenter = comment?.user?.login ?? "";
    const allowed =
      commenter === (issue.user?.login ?? "") || ["OWNER", "MEMBER", "COLLABORATOR"].includes(association);
    if (!allowed || !parsed.ok) return runRounds(refusal(parsed.ok ? undefined : parsed.error), event, ctx);
    return requestFlow(event, ctx);
  },
};
