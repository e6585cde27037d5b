/**
 * Protected labels (`status/approved`, `status/declined`, `status/deferred`, `status/board-review`) stand for the
 * board's decisions. One added by someone outside the board team is removed again, with one reply; one added by a
 * board member stays (and `status/board-review` puts the item on the upcoming meeting). Labels wgbot adds come
 * from a bot and never reach this flow. A label that the item's latest recorded decision implies is left alone.
 */

import { stickyWrites } from "../apply/sticky.ts";
import { itemKind, protectedLabels } from "../decide/board-item.ts";
import { mention, statusesAfter } from "../decide/decision.ts";
import { boardItemOf, gatherIssue } from "../gather/board.ts";
import { gatherComments } from "../gather/comments.ts";
import { gatherConfig } from "../gather/config.ts";
import { teamMembership } from "../gather/teams.ts";
import type { IssueLike, WebhookEvent } from "../model/event.ts";
import { counted, ignored, type Outcome } from "../model/outcome.ts";
import { inlineCode } from "../render/escape.ts";
import { followEscalation } from "./board-meeting/escalation.ts";
import { BoardSession } from "./board-meeting/session.ts";
import type { CoreContext } from "./context.ts";
import type { FlowModule } from "./flow-module.ts";
import { settleRound } from "./settle-round.ts";

export async function protectedLabelFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const label = event.payload.label?.name;
  const target = (event.payload.issue ?? event.payload.pull_request) as IssueLike | undefined;
  const sender = event.payload.sender?.login ?? "";
  if (!label || !target) return ignored("no label or item");
  const { config } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
  if (!protectedLabels(config).includes(label)) return ignored(`${label} is not protected`);
  const session = new BoardSession(ctx, config);
  const done = (summary: string): Outcome => ({
    flow: "protected-label",
    summary: counted(`#${target.number} ${label}: ${summary}`, session.writes.length),
    writes: session.writes,
  });

  const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
  if (sender && (await isMember(config.teams.board, sender))) {
    if (label !== config.labels.board_review) return done(`added by board member ${sender}`);
    await followEscalation(session, boardItemOf(await gatherIssue(ctx.github, ctx.repo, target.number)));
    return done(`added by board member ${sender}: on the board's agenda`);
  }

  const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, target.number));
  const records = await session.recordsOf(item.number);
  if (statusesAfter(records, itemKind(item, config), config).includes(label))
    return done("matches the recorded decision: kept");
  if (item.labels.includes(label)) {
    await session.runner.run({ kind: "remove-label", issue: item.number, label });
    // A /recommend or /board racing this event may have recorded a decision that implies the label since the records
    // were read: read them again, after the removal, and put the label back if so.
    if (!ctx.dryRun) {
      session.knowComments(item.number, await gatherComments(ctx.github, ctx.repo, item.number));
      if (
        statusesAfter(await session.recordsOf(item.number), itemKind(item, config), config).includes(label)
      ) {
        await session.runner.run({ kind: "add-labels", issue: item.number, labels: [label] });
        return done("implied by a decision recorded meanwhile: kept");
      }
    }
  }
  const text = `${mention(sender)}, only members of the board team (${inlineCode(`${ctx.repo.owner}/${config.teams.board}`)}) can add ${inlineCode(label)}, so wgbot removed it again. The board decides with \`/board approve|decline|defer [amount] [note]\`; the Grants Work Group recommends with \`/recommend approve|decline [amount] [reason]\`.\n`;
  const reply = stickyWrites(
    item.number,
    await session.commentsOf(item.number),
    `protected-label:${label}:${sender}`,
    text,
    await ctx.self(),
  );
  await session.runner.runAll(reply);
  // The same label event delivered twice at once may have been answered twice: one answer is kept.
  await settleRound(ctx, reply, (w) => session.runner.run(w));
  return done(`added by ${sender}, who is not on the board: removed`);
}

export const protectedLabelsModule: FlowModule = {
  name: "protected-label",
  events: ["issues.labeled", "pull_request.labeled"],
  handle: protectedLabelFlow,
};
