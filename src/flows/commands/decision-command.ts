/**
 * The steps the two decision commands share (commands/board.ts, commands/recommend.ts):
 * `/recommend approve|decline [amount] [reason]` (Grants WG) and `/board approve|decline|defer [amount] [note]`
 * (board) in a new comment on an issue or pull request.
 *
 * Each command gets exactly one reply, found again by a marker naming the command comment. A decision is written
 * first, in that reply, with its machine-readable record; its effects (labels, closing, the meeting's milestone,
 * the agenda, a charter's pull request) are then derived from the record and diffed against GitHub. So a
 * redelivered command, or a retry after a failure half-way, completes the effects and writes nothing twice.
 */

import { labelsAfter, labelWrites } from "../../apply/labels.ts";
import { type BoardItem, itemKind, statusLabels } from "../../decide/board-item.ts";
import { meetingOf, milestoneTitle } from "../../decide/calendar.ts";
import { charterFile } from "../../decide/charter-file.ts";
import { commandName, parseCommand } from "../../decide/command.ts";
import {
  commandTeam,
  type DecisionRecord,
  decideCommand,
  effectsOf,
  latest,
  notAllowedReply,
  parseRecord,
} from "../../decide/decision.ts";
import { findSticky, stickiesIn } from "../../decide/sticky-comments.ts";
import { charterFromForm } from "../../forms/charter.ts";
import { boardItemOf, gatherIssue } from "../../gather/board.ts";
import { gatherDefaultBranch } from "../../gather/charter-pull-request.ts";
import { gatherComments } from "../../gather/comments.ts";
import { gatherConfig } from "../../gather/config.ts";
import { teamMembership } from "../../gather/teams.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { WebhookEvent } from "../../model/event.ts";
import { counted, ignored, type Outcome } from "../../model/outcome.ts";
import { refreshAgenda } from "../board-meeting/refresh-agenda.ts";
import { BoardSession } from "../board-meeting/session.ts";
import type { CoreContext } from "../context.ts";
import { replyWrites } from "../reply.ts";
import { ensureCharterPullRequest } from "./charter-pull-request.ts";

export async function decisionCommandFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const { issue, comment } = event.payload;
  if (!issue || !comment) return ignored("no issue or comment");
  const parsed = parseCommand(comment.body);
  const name = commandName(parsed);
  if (!parsed || (name !== "recommend" && name !== "board"))
    return ignored("comment is not /recommend or /board");
  const by = comment.user?.login ?? "";
  const { config, problems } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
  if (problems.length > 0)
    ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
  const session = new BoardSession(ctx, config);
  const flow = `${name}-command`;
  const done = (summary: string, plan?: unknown): Outcome => ({
    flow,
    summary: counted(`#${issue.number} /${name}: ${summary}`, session.writes.length),
    writes: session.writes,
    ...(plan === undefined ? {} : { plan }),
  });

  // Answered before (a redelivery, or a retry): finish what the recorded decision implies, and nothing else.
  const self = await ctx.self();
  const answered = findSticky(await session.commentsOf(issue.number), `reply:${comment.id}`, self);
  if (answered) {
    const record = parseRecord(answered.body ?? "");
    if (!record) return done("already answered");
    const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue.number));
    await applyDecision(session, record, item, defaultBranch(event));
    return done("already recorded; effects checked");
  }

  const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
  const { team } = commandTeam(name, config);
  if (!by || !(await isMember(team, by))) {
    await reply(session, issue.number, comment.id, notAllowedReply(name, ctx.repo.owner, config));
    return done(`refused: ${by} is not in ${team}`);
  }
  if (!parsed.ok) {
    await reply(session, issue.number, comment.id, `${parsed.error}\n`);
    return done("malformed");
  }
  const command = parsed.command;
  if (command.name !== "recommend" && command.name !== "board") return ignored("not a decision command");

  const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue.number));
  const plan = decideCommand({
    command,
    commentId: comment.id,
    by,
    at: comment.created_at ?? ctx.now.toISOString(),
    item,
    records: await session.recordsOf(issue.number),
    config,
    now: ctx.now,
  });
  await reply(session, issue.number, comment.id, plan.reply);
  if (!plan.ok) return done(`refused: ${plan.summary}`, plan);
  // The effects follow the item as it is once the decision is recorded: a label the protected-label guard removed
  // in the meantime (someone outside the board had added it) is put back rather than assumed to be there.
  const current = ctx.dryRun ? item : boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue.number));
  await applyDecision(session, plan.record, current, defaultBranch(event));
  return done(plan.summary, plan);
}

/**
 * The effects of a recorded decision on the item, as diffs against its current state. Only the item's latest
 * decision acts: a redelivered old command never undoes a later one.
 */
export async function applyDecision(
  session: BoardSession,
  record: DecisionRecord,
  item: BoardItem,
  base: string | undefined,
): Promise<void> {
  const { config, runner, ctx } = session;
  const last = latest(await session.recordsOf(item.number));
  if (!last || last.comment !== record.comment) return;
  const kind = itemKind(item, config);
  const effects = effectsOf(record, kind, config);
  const owned = new Set(statusLabels(config));
  const labelChanges = labelWrites(item.number, item.labels, effects.statuses, (l) => owned.has(l));
  await runner.runAll(labelChanges);
  const after: BoardItem = { ...item, labels: labelsAfter(item.number, item.labels, labelChanges) };
  if (effects.close && item.state === "open") {
    await runner.run({
      kind: "update-issue",
      issue: item.number,
      patch: { state: "closed", state_reason: effects.close },
    });
    after.state = "closed";
  }

  if (effects.charterPullRequest) {
    const charter = charterFromForm(item.body, { config }).charter;
    if (charter) {
      const file = charterFile(charter, { config, issue: item.number, approvedOn: record.at.slice(0, 10) });
      const branch = base ?? (await gatherDefaultBranch(ctx.github, ctx.repo));
      await ensureCharterPullRequest(runner, file, branch);
    } else {
      ctx.log.warn(
        `#${item.number}: the approved proposal no longer reads as a charter; no pull request opened.`,
      );
    }
  }

  const from = meetingOf(item);
  const to = effects.meeting;
  if (to !== undefined && to !== from) {
    const moved = { ...after, milestone: milestoneTitle(to) };
    await refreshAgenda(session, to, [moved]);
    if (from !== undefined) await refreshAgenda(session, from, [moved]);
  } else if (from !== undefined) {
    await refreshAgenda(session, from, [after]);
  }
}

/**
 * Posts the one reply to a command comment (or edits it). Two runs racing on one delivery may both post: each then
 * reads the comments again, and the one whose reply is not the first deletes its own.
 */
async function reply(session: BoardSession, issue: number, commandId: number, text: string): Promise<void> {
  const { runner, ctx } = session;
  const comments = await session.commentsOf(issue);
  const self = await ctx.self();
  for (const write of replyWrites(issue, comments, commandId, text, self)) {
    const created = (await runner.run(write)) as CommentLike | undefined;
    if (write.kind !== "create-comment") continue;
    if (!created) {
      // Dry run: later steps read the reply as if it were there.
      session.knowComments(issue, [...comments, { id: 0, body: write.body, user: { login: self.login } }]);
      continue;
    }
    const again = await gatherComments(ctx.github, ctx.repo, issue);
    const replies = stickiesIn(again, `reply:${commandId}`, self);
    const first = replies[0];
    if (first && first.id !== created.id) {
      await runner.run({ kind: "delete-comment", issue, commentId: created.id });
      session.knowComments(
        issue,
        again.filter((c) => c.id !== created.id),
      );
    } else {
      session.knowComments(issue, again.some((c) => c.id === created.id) ? again : [...again, created]);
    }
  }
}

function defaultBranch(event: WebhookEvent): string | undefined {
  return event.payload.repository?.default_branch;
}
