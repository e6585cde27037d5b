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
import { boardFacts } from "./board-meeting/board-facts.ts";
import { escalationRound } from "./board-meeting/escalation.ts";
import type { CoreContext } from "./context.ts";
import { type ChainFlow, type Decision, type FlowModule, pure, round } from "./flow-module.ts";
import { runChainFlow } from "./run-rounds.ts";
import { settleRoundOf } from "./settle-round.ts";

/** The label event: which label, on which item, added by whom, in which repository (for the reply's words). */
interface Added {
  label: string;
  sender: string;
  number: number;
  repo: Repo;
}

type LabelState = Added &
  (
    | { kind: "member"; config: Config; item?: BoardItem }
    | { kind: "outsider"; config: Config; item: BoardItem; comments: CommentLike[]; self: Self }
  );

function addedBy(event: WebhookEvent, repo: Repo): Added | undefined {
  const label = event.payload.label?.name;
  const target = (event.payload.issue ?? event.payload.pull_request) as IssueLike | undefined;
  if (!label || !target) return undefined;
  return { label, sender: event.payload.sender?.login ?? "", number: target.number, repo };
}

export const labelGuard: ChainFlow<LabelState> = {
  async gather(event, ctx) {
    const added = addedBy(event, ctx.repo);
    if (!added) return { ignored: "no label or item" };
    const { label, sender, number } = added;
    const { config } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
    if (!protectedLabels(config).includes(label)) return { ignored: `${label} is not protected` };
    const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
    if (sender && (await isMember(config.teams.board, sender))) {
      if (label !== config.labels.board_review) return { state: { ...added, kind: "member", config } };
      const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, number));
      return { state: { ...added, kind: "member", config, item } };
    }
    const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, number));
    const comments = await gatherComments(ctx.github, ctx.repo, item.number);
    return { state: { ...added, kind: "outsider", config, item, comments, self: await ctx.self() } };
  },

  decide(s, now): Decision {
    const { label, sender } = s;
    if (s.kind === "member") {
      if (!s.item) return { writes: [], summary: `added by board member ${sender}` };
      const item = s.item;
      return {
        writes: [],
        summary: `added by board member ${sender}: on the board's agenda`,
        next: () => escalationRound(boardFacts(s.config), item, now),
      };
    }
    const { config, item, self } = s;
    const implied = (comments: readonly CommentLike[]) =>
      statusesAfter(recordsIn(comments, self), itemKind(item, config), config).includes(label);
    if (implied(s.comments)) return { writes: [], summary: "matches the recorded decision: kept" };
    const reply = (comments: readonly CommentLike[]): Decision => {
      const writes = stickyWrites(
        item.number,
        comments,
        `protected-label:${label}:${sender}`,
        refusal(sender, label, s.repo, config),
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
          ? pure(() => reply(s.comments))
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
};

export async function protectedLabelFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const chained = await runChainFlow(labelGuard, event, ctx);
  if (chained.ignored !== undefined) return ignored(chained.ignored);
  const { label, number } = addedBy(event, ctx.repo) as Added;
  return {
    flow: "protected-label",
    summary: counted(`#${number} ${label}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes,
  };
}

function refusal(sender: string, label: string, repo: Repo, config: Config): string {
  return `${mention(sender)}, only members of the board team (${inlineCode(`${repo.owner}/${config.teams.board}`)}) can add ${inlineCode(label)}, so wgbot removed it again. The board decides with \`/board approve|decline|defer [amount] [note]\`; the Grants Work Group recommends with \`/recommend approve|decline [amount] [reason]\`.\n`;
}

export const protectedLabelsModule: FlowModule & typeof labelGuard = {
  name: "protected-label",
  events: ["issues.labeled", "pull_request.labeled"],
  gather: labelGuard.gather,
  decide: labelGuard.decide,
  handle: protectedLabelFlow,
};
