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
 * labels and closing; then a grant's ledger record or a charter's pull request, the meeting's milestone, and its
 * agenda (board-meeting/). Round 1 is `decisionCommand`'s gather and decide; each decision names the round after it,
 * handing it what the rounds so far have read (board-meeting/board-facts.ts), never a shared object changed in place.
 */

import { labelsAfter, labelWrites } from "../../apply/labels.ts";
import type { Config } from "../../config/types.ts";
import { type BoardItem, itemKind, statusLabels } from "../../decide/board-item.ts";
import { meetingOf, milestoneTitle } from "../../decide/calendar.ts";
import { charterFile } from "../../decide/charter-file.ts";
import { type Command, commandName, parseCommand } from "../../decide/command.ts";
import { commandTeam, decideCommand, notAllowedReply } from "../../decide/decision.ts";
import { effectsOf } from "../../decide/decision-effects.ts";
import { type DecisionRecord, latest, parseRecord, recordsIn } from "../../decide/decision-record.ts";
import { isFinal, ledgerBranch } from "../../decide/ledger.ts";
import { findSticky } from "../../decide/sticky-comments.ts";
import { charterFromForm } from "../../forms/charter.ts";
import { boardItemOf, gatherIssue, type IssueData } from "../../gather/board.ts";
import { gatherDefaultBranch } from "../../gather/charter-pull-request.ts";
import { builtInTemplates } from "../../gather/comment-templates.ts";
import { gatherComments } from "../../gather/comments.ts";
import { gatherConfig } from "../../gather/config.ts";
import { gatherDecidedGrant, type LedgerRecording } from "../../gather/ledger.ts";
import { teamMembership } from "../../gather/teams.ts";
import type { WebhookEvent } from "../../model/event.ts";
import type { Self } from "../../model/markers.ts";
import { counted, ignored, type Outcome } from "../../model/outcome.ts";
import type { Write } from "../../model/write.ts";
import { type BoardFacts, boardFacts, withComments } from "../board-meeting/board-facts.ts";
import { refreshRound } from "../board-meeting/refresh-agenda.ts";
import type { CoreContext } from "../context.ts";
import { type ChainFlow, type Decision, goOn, type Round, round } from "../flow-module.ts";
import { type AfterReply, replyRound } from "../reply.ts";
import { runChainFlow } from "../run-rounds.ts";
import { charterPullRound } from "./charter-pull-request.ts";
import { ledgerRound } from "./ledger-round.ts";

/** The command comment: which command, on which item, by whom and when, and the default branch if the event says. */
interface Asked {
  name: "recommend" | "board";
  parsed: Extract<ReturnType<typeof parseCommand>, object>;
  issue: number;
  commentId: number;
  by: string;
  at: string | undefined;
  base: string | undefined;
  owner: string;
}

type CommandState = Asked & { facts: BoardFacts; self: Self } & (
    | { kind: "answered"; record: DecisionRecord | undefined; item?: BoardItem }
    | { kind: "refused"; team: string }
    | { kind: "malformed"; error: string }
    | { kind: "decide"; item: BoardItem; records: DecisionRecord[]; recording?: LedgerRecording }
  );

function asked(event: WebhookEvent, owner: string): Asked | undefined {
  const { issue, comment } = event.payload;
  if (!issue || !comment) return undefined;
  const parsed = parseCommand(comment.body);
  const name = commandName(parsed);
  if (!parsed || (name !== "recommend" && name !== "board")) return undefined;
  return {
    name,
    parsed,
    issue: issue.number,
    commentId: comment.id,
    by: comment.user?.login ?? "",
    at: comment.created_at,
    base: event.payload.repository?.default_branch,
    owner,
  };
}

/**
 * Round 1 of `/recommend` and `/board`: the command's item, its comments and records, and the commenter's team
 * membership (gather) → the one reply, and the rounds after it (decide).
 */
export const decisionCommand: ChainFlow<CommandState> = {
  async gather(event, ctx) {
    if (!event.payload.issue || !event.payload.comment) return { ignored: "no issue or comment" };
    const a = asked(event, ctx.repo.owner);
    if (!a) return { ignored: "comment is not /recommend or /board" };
    const { config, problems } = await gatherConfig(ctx.github, ctx.repo, ctx.configs);
    if (problems.length > 0)
      ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
    const self = await ctx.self();
    const comments = await gatherComments(ctx.github, ctx.repo, a.issue);
    const known = { ...a, facts: withComments(boardFacts(config), a.issue, comments), self };
    // Answered before (a redelivery, or a retry): finish what the recorded decision implies, and nothing else.
    const answered = findSticky(comments, `reply:${a.commentId}`, self);
    if (answered) {
      const record = parseRecord(answered.body ?? "");
      if (!record) return { state: { ...known, kind: "answered", record } };
      const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, a.issue));
      return { state: { ...known, kind: "answered", record, item } };
    }
    const isMember = teamMembership(ctx.github, ctx.repo.owner, ctx.log);
    const { team } = commandTeam(a.name, config);
    if (!a.by || !(await isMember(team, a.by))) return { state: { ...known, kind: "refused", team } };
    if (!a.parsed.ok) return { state: { ...known, kind: "malformed", error: a.parsed.error } };
    const records = recordsIn(comments, self);
    // A decision on a grant request goes into the grants ledger, and an approval may not take the organisation past
    // its cap: the item is read with the ledger of the decision's year, in one request. The payload only tells
    // which read to make; the decision is made on the item as read.
    const payloadItem = boardItemOf(event.payload.issue as IssueData);
    const decision = (a.parsed.command as { decision?: string }).decision;
    if (decision !== "defer" && itemKind(payloadItem, config) === "grant") {
      const { issue, recording } = await gatherDecidedGrant(ctx.github, ctx.repo, config, {
        year: new Date(a.at ?? ctx.now.toISOString()).getUTCFullYear(),
        branch: ledgerBranch(a.issue),
        issue: a.issue,
      });
      return { state: { ...known, kind: "decide", item: boardItemOf(issue), records, recording } };
    }
    const item = boardItemOf(await gatherIssue(ctx.github, ctx.repo, a.issue));
    return { state: { ...known, kind: "decide", item, records } };
  },

  decide(s, now): Decision {
    const { facts, self, issue, commentId, base } = s;
    const { config } = facts;
    const replying = (text: string, then?: AfterReply) =>
      replyRound(facts, issue, commentId, text, self, then);
    switch (s.kind) {
      case "answered": {
        const { record, item } = s;
        if (!record || !item) return { writes: [], summary: "already answered" };
        return {
          ...goOn(() => effectsRound(facts, record, { seen: item, current: true }, base, self)),
          summary: "already recorded; effects checked",
        };
      }
      case "refused":
        return {
          ...replying(notAllowedReply(s.name, s.owner, config)),
          summary: `refused: ${s.by} is not in ${s.team}`,
        };
      case "malformed":
        return { ...replying(`${s.error}\n`), summary: "malformed" };
      case "decide": {
        const plan = decideCommand({
          command: (s.parsed as { command: Command }).command as Parameters<
            typeof decideCommand
          >[0]["command"],
          commentId,
          by: s.by,
          at: s.at ?? now.toISOString(),
          item: s.item,
          records: s.records,
          config,
          now,
          templates: builtInTemplates(),
          ...(s.recording ? { ledger: s.recording.ledger.entries } : {}),
        });
        if (!plan.ok) return { ...replying(plan.reply), summary: `refused: ${plan.summary}`, plan };
        // The effects follow the item as it is once the decision is recorded: a label the protected-label guard
        // removed in the meantime (someone outside the board had added it) is put back rather than assumed there.
        // A dry run wrote nothing, so the item is as round 1 read it.
        const { item, recording } = s;
        return {
          ...replying(plan.reply, (known, dryRun) =>
            effectsRound(known, plan.record, { seen: item, current: dryRun, recording }, base, self),
          ),
          summary: plan.summary,
          plan,
        };
      }
    }
  },
};

export async function decisionCommandFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const chained = await runChainFlow(decisionCommand, event, ctx);
  if (chained.ignored !== undefined) return ignored(chained.ignored);
  const { name, issue } = asked(event, ctx.repo.owner) as Asked;
  return {
    flow: `${name}-command`,
    summary: counted(`#${issue} /${name}: ${chained.summary ?? ""}`, chained.writes.length),
    writes: chained.writes,
    ...(chained.plan === undefined ? {} : { plan: chained.plan }),
  };
}

/**
 * The effects of a recorded decision on the item, as diffs against its current state: `seen` as an earlier round
 * read it, read again unless it is `current` (a dry run wrote nothing; an answered command's item was just read).
 * `recording`: the grants ledger as round 1 read it, if it did. Only the item's latest decision acts: a
 * redelivered old command never undoes a later one.
 */
function effectsRound(
  facts: BoardFacts,
  record: DecisionRecord,
  {
    seen,
    current,
    recording,
  }: { seen: BoardItem; current: boolean; recording?: LedgerRecording | undefined },
  base: string | undefined,
  self: Self,
): Round {
  const { config } = facts;
  return round(
    async (ctx) => (current ? seen : boardItemOf(await gatherIssue(ctx.github, ctx.repo, seen.number))),
    (item) => {
      const records = recordsIn(facts.comments.get(item.number) ?? [], self);
      const last = latest(records);
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
            facts,
            to,
            [moved],
            from === undefined ? undefined : (known) => refreshRound(known, from, [moved]),
          );
        }
        return from === undefined ? undefined : refreshRound(facts, from, [after]);
      };
      // A final decision on a grant goes into the grants ledger (ledger-round.ts), before the agenda is refreshed.
      if (kind === "grant" && isFinal(record)) {
        const recommendation = latest(records, "recommend");
        return {
          writes,
          next: () => ledgerRound(config, record, recommendation, item, base, meetings, recording),
        };
      }
      if (!effects.charterPullRequest) return { writes, next: meetings };
      return { writes, next: () => charterRound(config, record, item, base, meetings) };
    },
  );
}

/** A charter's pull request, once the proposal is approved; then `then`. */
function charterRound(
  config: Config,
  record: DecisionRecord,
  item: BoardItem,
  base: string | undefined,
  then: () => Round | undefined,
): Round {
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
