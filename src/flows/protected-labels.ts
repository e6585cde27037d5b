/**
 * Protected labels (`status/approved`, `status/declined`, `status/deferred`, `status/board-review`) stand for the
 * board's decisions. One added by someone outside the board team is removed again, with one reply; one added by a
 * board member stays (and `status/board-review` puts the item on the upcoming meeting). Labels wgbot adds come
 * from a bot and never reach this flow. A label that the item's latest recorded decision implies is left alone.
 *
 * Rounds: (1) the config, the sender's team membership, the item, its comments → the label's removal; (2) the
 * comments again → the label put back when a decision recorded meanwhile implies it, else the one reply; (3) the
 * reply settled (settle-round.ts). A board member's `status/board-review` goes on to the board meeting's rounds.
 */

import { stickyWrites } from "../apply/sticky.ts";
import type { Config } from "../config/types.ts";
import { type BoardItem, itemKind, protectedLabels } from "../decide/board-item.ts";
import { statusesAfter } from "../decide/decision-effects.ts";
import { recordsIn } from "../decide/decision-record.ts";
import { mention } from "../decide/decision-text.ts";
import { boardItemOf, gatherIssue } from "../gather/board.ts";
import { gatherComments } from "../gather/comments.ts";
import { gatherConfig } from "../gather/config.ts";
import { teamMembership } from "../gather/teams.ts";
import type { CommentLike } from "../model/comment.ts";
import type { IssueLike, WebhookEvent } from "../model/event.ts";
import type { Self } from "../model/markers.ts";
import { counted, ignored, type Outcome } from "../model/outcome.ts";
import type { Repo } from "../model/repo.ts";
import { inlineCode } from "../render/escape.ts";
import { escalationRound } from "./board-meeting/escalation.ts";
import { boardWork } from "./board-meeting/milestones.ts";
import type { CoreContext } from "./context.ts";
import { type Decision, type FlowModule, round } from "./flow-module.ts";
import { runChain } from "./run-rounds.ts";
import { settleRoundOf } from "./settle-round.ts";

type LabelState =
  | { kind: "unprotected" }
  | { kind: "member"; config: Config; item?: BoardItem }
  | { kind: "outsider"; config: Config; item: BoardItem; comments: CommentLike[]; self: Self };

export async function protectedLabelFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const label = event.payload.label?.name;
  const target = (event.payload.issue ?? event.payload.pull_request) as IssueLike | undefined;
  const sender = event.payload.sender?.login ?? "";
  if (!label || !target) return ignored("no label or item");

  const first = round(
    async (ctx): Promise<LabelState> => {
      const { config } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
      if (!protectedLabels(config).includes(label)) return { kind: "unprotected" };
      const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
      if (sender && (await isMember(config.teams.board, sender))) {
        if (label !== config.labels.board_review) return { kind: "member", config };
        return {
          kind: "member",
          config,
          item: boardItemOf(await gatherIssue(ctx.github, ctx.repo, target.number)),
        };
      }
      const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, target.number));
      const comments = await gatherComments(ctx.github, ctx.repo, item.number);
      return { kind: "outsider", config, item, comments, self: await ctx.self() };
    },
    (s, now): Decision => {
      if (s.kind === "unprotected") return { writes: [], ignored: `${label} is not protected` };
      if (s.kind === "member") {
        if (!s.item) return { writes: [], summary: `added by board member ${sender}` };
        const item = s.item;
        return {
          writes: [],
          summary: `added by board member ${sender}: on the board's agenda`,
          next: () => escalationRound(boardWork(s.config), item, now),
        };
      }
      const { config, item, self } = s;
      const implied = (comments: CommentLike[]) =>
        statusesAfter(recordsIn(comments, self), itemKind(item, config), config).includes(label);
      if (implied(s.comments)) return { writes: [], summary: "matches the recorded decision: kept" };
      const reply = (comments: CommentLike[]): Decision => {
        const writes = stickyWrites(
          item.number,
          comments,
          `protected-label:${label}:${sender}`,
          refusal(sender, label, ctx.repo, config),
          self,
        );
        // The same label event delivered twice at once may have been answered twice: one answer is kept.
        return { writes, next: (_answers, dryRun) => (dryRun ? undefined : settleRoundOf(writes)) };
      };
      const removed = { summary: `added by ${sender}, who is not on the board: removed` };
      if (!item.labels.includes(label)) return { ...reply(s.comments), ...removed };
      return {
        writes: [{ kind: "remove-label", issue: item.number, label }],
        ...removed,
        // A /recommend or /board racing this event may have recorded a decision that implies the label since the
        // records were read: read them again, after the removal, and put the label back if so.
        next: (_answers, dryRun) =>
          dryRun
            ? round(
                async () => undefined,
                () => reply(s.comments),
              )
            : round(
                (ctx) => gatherComments(ctx.github, ctx.repo, item.number),
                (again): Decision =>
                  implied(again)
                    ? {
                        writes: [{ kind: "add-labels", issue: item.number, labels: [label] }],
                        summary: "implied by a decision recorded meanwhile: kept",
                      }
                    : reply(again),
              ),
      };
    },
  );

  const chained = await runChain(first, ctx);
  if (chained.ignored !== undefined) return ignored(chained.ignored);
  return {
    flow: "protected-label",
    summary: counted(`#${target.number} ${label}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes,
  };
}

function refusal(sender: string, label: string, repo: Repo, config: Config): string {
  return `${mention(sender)}, only members of the board team (${inlineCode(`${repo.owner}/${config.teams.board}`)}) can add ${inlineCode(label)}, so wgbot removed it again. The board decides with \`/board approve|decline|defer [amount] [note]\`; the Grants Work Group recommends with \`/recommend approve|decline [amount] [reason]\`.\n`;
}

export const protectedLabelsModule: FlowModule = {
  name: "protected-label",
  events: ["issues.labeled", "pull_request.labeled"],
  handle: protectedLabelFlow,
};
