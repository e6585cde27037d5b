/**
 * The request flow: a charter proposal or grant request opened, edited or reopened from an issue form (or
 * `/recheck`ed, flows/commands/recheck.ts) is parsed, validated, labelled and answered with one sticky comment; one
 * in board review then goes on a board meeting's milestone and agenda (flows/board-meeting/).
 */
import { labelWrites } from "../apply/labels.ts";
import { stickyWrites } from "../apply/sticky.ts";
import type { Config } from "../config/types.ts";
import { type LedgerEntry, ledgerYearsFor } from "../decide/ledger-totals.ts";
import {
  decideRequest,
  REQUEST_COMMENT,
  type RequestKind,
  type RequestPlan,
  requestKind,
} from "../decide/request.ts";
import { boardItemOf, gatherIssue, type IssueData } from "../gather/board.ts";
import { gatherTemplates } from "../gather/comment-templates.ts";
import { gatherComments } from "../gather/comments.ts";
import { gatherConfig } from "../gather/config.ts";
import { gatherLedger } from "../gather/ledger.ts";
import { gatherWorkgroupSlugs } from "../gather/workgroups.ts";
import type { CommentLike } from "../model/comment.ts";
import { labelNames, type WebhookEvent } from "../model/event.ts";
import type { Self } from "../model/markers.ts";
import type { Outcome } from "../model/outcome.ts";
import type { Templates } from "../render/handlebars.ts";
import { formatPath } from "../yaml/locate.ts";
import { escalationAfter } from "./board-meeting/escalation.ts";
import type { CoreContext } from "./context.ts";
import type { FlowModule, Gathered, Rounds } from "./flow-module.ts";
import { runRounds } from "./run-rounds.ts";

interface RequestState {
  kind: RequestKind;
  config: Config;
  /** The issue as it is now, not as the payload saw it. */
  issue: IssueData & { title: string };
  author: string;
  labels: string[];
  owner: string;
  templates: Templates;
  existingSlugs: Set<string>;
  comments: CommentLike[];
  self: Self;
  /** For a grant request: the grants ledger's records the cap and the fast track read (none when both are off). */
  ledger: LedgerEntry[];
}

/** The request flow's rounds; `known` is the config when the caller has just read it (the sweep): not read again. */
export function requestRounds(known?: Config): Rounds<RequestState, RequestPlan> {
  return {
    gather: (event, ctx) => gatherRequest(event, ctx, known),
    decide: (s, now) =>
      decideRequest({
        kind: s.kind,
        issue: {
          number: s.issue.number,
          title: s.issue.title,
          body: s.issue.body ?? "",
          author: s.author,
          labels: s.labels,
          // Lead time and decision target count from filing, not from this edit or redelivery.
          ...(s.issue.created_at ? { createdAt: s.issue.created_at } : {}),
        },
        owner: s.owner,
        config: s.config,
        now,
        existingSlugs: s.existingSlugs,
        templates: s.templates,
        ledger: s.ledger,
      }),
    writes: (plan, s) => [
      ...labelWrites(s.issue.number, s.labels, plan.labels, plan.ownsLabel),
      ...stickyWrites(s.issue.number, s.comments, REQUEST_COMMENT, plan.comment, s.self),
    ],
    report: (plan, s) => ({
      flow: `${s.kind}-request`,
      summary: `#${s.issue.number} ${plan.summary}`,
      plan,
      problems: plan.findings.map((f) => ({
        file: `issue #${s.issue.number}`,
        severity: f.severity,
        code: f.code,
        message: f.message,
        hint: f.hint,
        field: formatPath(f.path) || undefined,
      })),
    }),
    // A request in board review goes on a board meeting's milestone and agenda.
    next: (_plan, s, writes, ctx) => escalationAfter(ctx, s.config, boardItemOf(s.issue), writes),
  };
}

async function gatherRequest(
  event: WebhookEvent,
  ctx: CoreContext,
  known: Config | undefined,
): Promise<Gathered<RequestState>> {
  const payload = event.payload.issue;
  if (!payload || payload.pull_request) return { ignored: "not an issue" };
  if (payload.state === "closed") return { ignored: `#${payload.number} is closed` };
  const author = payload.user?.login ?? "";
  const { config, problems } = known
    ? { config: known, problems: [] }
    : await gatherConfig(ctx.github, ctx.repo, ctx.configs);
  if (problems.length > 0)
    ctx.log.warn(`.github/wgbot.yml has ${problems.length} problem(s); using what is valid.`);
  const kind = requestKind(labelNames(payload), payload.body ?? "", config);
  if (!kind) return { ignored: `#${payload.number} is neither a charter proposal nor a grant request` };
  // Decide on the issue as it is now, not as the payload saw it: a redelivery can come hours later, and two edits
  // can race. A stale payload must not put back a label a later step removed.
  const issue = (await gatherIssue(ctx.github, ctx.repo, payload.number)) as IssueData & { title: string };
  if (issue.state === "closed") return { ignored: `#${issue.number} is closed` };
  const templates = await gatherTemplates(ctx.github, ctx.repo, config);
  const existingSlugs =
    kind === "charter" ? await gatherWorkgroupSlugs(ctx.github, ctx.repo, config) : new Set<string>();
  const ledgerYears = kind === "grant" ? ledgerYearsFor(config.grants, ctx.now) : [];
  const ledger = (await gatherLedger(ctx.github, ctx.repo, config, ledgerYears)).entries;
  const comments = await gatherComments(
    ctx.github,
    ctx.repo,
    issue.number,
    (issue as { comments?: unknown }).comments,
  );
  const state = {
    kind,
    config,
    issue,
    author,
    labels: labelNames(issue as Parameters<typeof labelNames>[0]),
    owner: ctx.repo.owner,
    templates,
    existingSlugs,
    comments,
    self: await ctx.self(),
    ledger,
  };
  return { state };
}

/** A request answered as its issue event would be; `config` when the caller has just read it (the sweep). */
export function requestFlow(event: WebhookEvent, ctx: CoreContext, config?: Config): Promise<Outcome> {
  return runRounds(requestRounds(config), event, ctx);
}

export const requestModule: FlowModule = {
  name: "request",
  events: ["issues.opened", "issues.edited", "issues.reopened"],
  handle: (event, ctx) => requestFlow(event, ctx),
};
