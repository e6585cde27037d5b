/**
 * The steps the two decision commands share (commands/board.ts, commands/recommend.ts):
 * `/recommend approve|decline [amount] [reason]` (Grants WG) and `/board approve|decline|defer [amount] [note]`
 * (board) in a new comment on an issue or pull request.
 *
 * Each command gets exactly one reply, found again by a marker naming the command comment. A decision is written
 * first, in that reply, with its machine-readable record; its effects (labels, closing, the meeting's milestone,
 * the agenda, a charter's pull request) are then derived from the record and diffed against GitHub. So a
 * redelivered command, or a retry after a failure half-way, completes the effects and writes nothing twice.
 *
 * Rounds: (1) the command's item, comments, records and the commenter's team membership → the reply; (2) when the
 * reply was created, the comments again → a duplicate reply a race made is deleted; (3) the item as it is now →
 * labels and closing; then a charter's pull request, the meeting's milestone, and its agenda (board-meeting/).
 */

import { labelsAfter, labelWrites } from "../../apply/labels.ts";
import { type BoardItem, itemKind, statusLabels } from "../../decide/board-item.ts";
import { meetingOf, milestoneTitle } from "../../decide/calendar.ts";
import { charterFile } from "../../decide/charter-file.ts";
import { type Command, commandName, parseCommand } from "../../decide/command.ts";
import { commandTeam, decideCommand, notAllowedReply } from "../../decide/decision.ts";
import { effectsOf } from "../../decide/decision-effects.ts";
import { type DecisionRecord, latest, parseRecord, recordsIn } from "../../decide/decision-record.ts";
import { isFinal } from "../../decide/ledger.ts";
import { findSticky, stickiesIn } from "../../decide/sticky-comments.ts";
import { charterFromForm } from "../../forms/charter.ts";
import { boardItemOf, gatherIssue } from "../../gather/board.ts";
import { gatherDefaultBranch } from "../../gather/charter-pull-request.ts";
import { builtInTemplates } from "../../gather/comment-templates.ts";
import { gatherComments } from "../../gather/comments.ts";
import { gatherConfig } from "../../gather/config.ts";
import { teamMembership } from "../../gather/teams.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { WebhookEvent } from "../../model/event.ts";
import type { Self } from "../../model/markers.ts";
import { counted, ignored, type Outcome } from "../../model/outcome.ts";
import type { Write } from "../../model/write.ts";
import { type BoardWork, boardWork } from "../board-meeting/milestones.ts";
import { refreshRound } from "../board-meeting/refresh-agenda.ts";
import type { CoreContext } from "../context.ts";
import { type Decision, goOn, type Round, round } from "../flow-module.ts";
import { replyWrites } from "../reply.ts";
import { runChain } from "../run-rounds.ts";
import { charterPullRound } from "./charter-pull-request.ts";
import { ledgerRound } from "./ledger-round.ts";

type Gathered =
  | { kind: "answered"; record: DecisionRecord | undefined; item?: BoardItem }
  | { kind: "refused"; team: string }
  | { kind: "malformed"; error: string }
  | { kind: "decide"; item: BoardItem; records: DecisionRecord[] };

export async function decisionCommandFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const { issue, comment } = event.payload;
  if (!issue || !comment) return ignored("no issue or comment");
  const parsed = parseCommand(comment.body);
  const name = commandName(parsed);
  if (!parsed || (name !== "recommend" && name !== "board"))
    return ignored("comment is not /recommend or /board");
  const by = comment.user?.login ?? "";
  const base = event.payload.repository?.default_branch;
  let work: BoardWork | undefined;
  let self: Self | undefined;

  const first = round(
    async (ctx): Promise<Gathered> => {
      const { config, problems } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
      if (problems.length > 0)
        ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
      work = boardWork(config);
      self = await ctx.self();
      const comments = await gatherComments(ctx.github, ctx.repo, issue.number);
      work.comments.set(issue.number, comments);
      // Answered before (a redelivery, or a retry): finish what the recorded decision implies, and nothing else.
      const answered = findSticky(comments, `reply:${comment.id}`, self);
      if (answered) {
        const record = parseRecord(answered.body ?? "");
        if (!record) return { kind: "answered", record };
        return {
          kind: "answered",
          record,
          item: boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue.number)),
        };
      }
      const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
      const { team } = commandTeam(name, config);
      if (!by || !(await isMember(team, by))) return { kind: "refused", team };
      if (!parsed.ok) return { kind: "malformed", error: parsed.error };
      const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue.number));
      return { kind: "decide", item, records: recordsIn(comments, self) };
    },
    (s, now): Decision => {
      const w = work as BoardWork;
      const me = self as Self;
      const replying = (text: string, then?: () => Round | undefined) =>
        replyRound(w, issue.number, comment.id, text, me, then);
      switch (s.kind) {
        case "answered":
          if (!s.record || !s.item) return { writes: [], summary: "already answered" };
          return {
            ...goOn(() => effectsRound(w, s.record as DecisionRecord, issue.number, s.item, base, me)),
            summary: "already recorded; effects checked",
          };
        case "refused":
          return {
            ...replying(notAllowedReply(name, ctx.repo.owner, w.config)),
            summary: `refused: ${by} is not in ${s.team}`,
          };
        case "malformed":
          return { ...replying(`${s.error}\n`), summary: "malformed" };
        case "decide": {
          const plan = decideCommand({
            command: (parsed as { command: Command }).command as Parameters<
              typeof decideCommand
            >[0]["command"],
            commentId: comment.id,
            by,
            at: comment.created_at ?? now.toISOString(),
            item: s.item,
            records: s.records,
            config: w.config,
            now,
            templates: builtInTemplates(),
          });
          if (!plan.ok) return { ...replying(plan.reply), summary: `refused: ${plan.summary}`, plan };
          // The effects follow the item as it is once the decision is recorded: a label the protected-label guard
          // removed in the meantime (someone outside the board had added it) is put back rather than assumed there.
          return {
            ...replying(plan.reply, () =>
              effectsRound(w, plan.record, issue.number, ctx.dryRun ? s.item : undefined, base, me),
            ),
            summary: plan.summary,
            plan,
          };
        }
      }
    },
  );

  const chained = await runChain(first, ctx);
  const flow = `${name}-command`;
  return {
    flow,
    summary: counted(`#${issue.number} /${name}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes,
    ...(chained.plan === undefined ? {} : { plan: chained.plan }),
  };
}

/**
 * The effects of a recorded decision on the item (read now when `known` is undefined), as diffs against its current
 * state. Only the item's latest decision acts: a redelivered old command never undoes a later one.
 */
function effectsRound(
  work: BoardWork,
  record: DecisionRecord,
  issue: number,
  known: BoardItem | undefined,
  base: string | undefined,
  self: Self,
): Round {
  const { config } = work;
  return round(
    async (ctx) => {
      const item = known ?? boardItemOf(await gatherIssue(ctx.github, ctx.repo, issue));
      return item;
    },
    (item) => {
      const last = latest(recordsIn(work.comments.get(item.number) ?? [], self));
      if (!last || last.comment !== record.comment) return { writes: [] };
      const kind = itemKind(item, config);
      const effects = effectsOf(record, kind, config);
      const owned = new Set(statusLabels(config));
      const writes: Write[] = labelWrites(item.number, item.labels, effects.statuses, (l) => owned.has(l));
      const after: BoardItem = { ...item, labels: labelsAfter(item.number, item.labels, writes) };
      if (effects.close && item.state === "open") {
        writes.push({
          kind: "update-issue",
          issue: item.number,
          patch: { state: "closed", state_reason: effects.close },
        });
        after.state = "closed";
      }
      const from = meetingOf(item);
      const to = effects.meeting;
      const meetings = (): Round | undefined => {
        if (to !== undefined && to !== from) {
          const moved = { ...after, milestone: milestoneTitle(to) };
          return refreshRound(
            work,
            to,
            [moved],
            from === undefined ? undefined : () => refreshRound(work, from, [moved]),
          );
        }
        return from === undefined ? undefined : refreshRound(work, from, [after]);
      };
      // A final decision on a grant goes into the grants ledger (ledger-round.ts), before the agenda is refreshed.
      if (kind === "grant" && isFinal(record)) {
        const recommendation = latest(recordsIn(work.comments.get(item.number) ?? [], self), "recommend");
        return { writes, next: () => ledgerRound(work, record, recommendation, item, base, meetings) };
      }
      if (!effects.charterPullRequest) return { writes, next: meetings };
      return { writes, next: () => charterRound(work, record, item, base, meetings) };
    },
  );
}

/** A charter's pull request, once the proposal is approved; then `then`. */
function charterRound(
  work: BoardWork,
  record: DecisionRecord,
  item: BoardItem,
  base: string | undefined,
  then: () => Round | undefined,
): Round {
  const { config } = work;
  return round(
    async (ctx) => {
      const charter = charterFromForm(item.body, { config }).charter;
      if (!charter) {
        ctx.log.warn(
          `#${item.number}: the approved proposal no longer reads as a charter; no pull request opened.`,
        );
        return undefined;
      }
      const file = charterFile(charter, {
        config,
        issue: item.number,
        approvedOn: record.at.slice(0, 10),
        templates: builtInTemplates(),
      });
      return { file, branch: base ?? (await gatherDefaultBranch(ctx.github, ctx.repo)) };
    },
    (s) => goOn(() => (s ? charterPullRound(s.file, s.branch, then) : then())),
  );
}

/**
 * The one reply to a command comment (or its edit). Two runs racing on one delivery may both post: each then reads
 * the comments again (one more round), and the one whose reply is not the first deletes its own.
 */
function replyRound(
  work: BoardWork,
  issue: number,
  commandId: number,
  text: string,
  self: Self,
  then?: () => Round | undefined,
): Decision {
  const comments = work.comments.get(issue) ?? [];
  const writes = replyWrites(issue, comments, commandId, text, self);
  return {
    writes,
    next: (answers, dryRun) => {
      const write = writes[0];
      if (write?.kind !== "create-comment") return then?.();
      if (dryRun) {
        // Later rounds read the reply as if it were there.
        work.comments.set(issue, [...comments, { id: 0, body: write.body, user: { login: self.login } }]);
        return then?.();
      }
      const created = answers[0] as CommentLike;
      return round(
        (ctx) => gatherComments(ctx.github, ctx.repo, issue),
        (again) => {
          const first = stickiesIn(again, `reply:${commandId}`, self)[0];
          if (first && first.id !== created.id) {
            work.comments.set(
              issue,
              again.filter((c) => c.id !== created.id),
            );
            return {
              writes: [{ kind: "delete-comment", issue, commentId: created.id }],
              ...(then ? { next: then } : {}),
            };
          }
          work.comments.set(issue, again.some((c) => c.id === created.id) ? again : [...again, created]);
          return goOn(then);
        },
      );
    },
  };
}
