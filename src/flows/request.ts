/**
 * The request flow: a charter proposal or grant request opened, edited or reopened from an issue form (or
 * `/recheck`ed, flows/commands/recheck.ts) is parsed, validated, labelled and answered with one sticky comment; one
 * in board review then goes on a board meeting's milestone and agenda (flows/board-meeting/).
 */
import { labelWrites } from "../apply/labels.ts";
import { stickyWrites } from "../apply/sticky.ts";
import type { Config } from "../config/types.ts";
import {
  decideRequest,
  REQUEST_COMMENT,
  type RequestKind,
  type RequestPlan,
  requestKind,
} from "../decide/request.ts";
import { boardItemOf, gatherIssue, type IssueData } from "../gather/board.ts";
import { gatherComments } from "../gather/comments.ts";
import { gatherConfig } from "../gather/config.ts";
import { readRepoFile } from "../gather/files.ts";
import { gatherWorkgroupSlugs } from "../gather/workgroups.ts";
import type { CommentLike } from "../model/comment.ts";
import { labelNames, type WebhookEvent } from "../model/event.ts";
import type { Self } from "../model/markers.ts";
import type { Outcome } from "../model/outcome.ts";
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
  template: string | undefined;
  existingSlugs: Set<string>;
  comments: CommentLike[];
  self: Self;
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
        },
        owner: s.owner,
        config: s.config,
        now,
        existingSlugs: s.existingSlugs,
        template: s.template,
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
  // A repository's own comment template: one more read, and only when its config names one.
  const templatePath = config.templates.request_report;
  const template = templatePath ? await readRepoFile(ctx.github, ctx.repo, templatePath) : undefined;
  const existingSlugs =
    kind === "charter" ? await gatherWorkgroupSlugs(ctx.github, ctx.repo, config) : new Set<string>();
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
    template,
    existingSlugs,
    comments,
    self: await ctx.self(),
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
