/**
 * Flows 1 and 2 up to routing: a charter proposal or grant request opened, edited or reopened from an issue
 * form (or `/recheck`ed) is parsed, validated, labelled and answered with one sticky comment.
 */
import { labelWrites } from "../apply/labels.ts";
import { settleStickies, stickyWrites } from "../apply/sticky.ts";
import type { Config } from "../config/types.ts";
import type { CoreContext } from "../core/context.ts";
import { labelNames, type WebhookEvent } from "../core/event.ts";
import type { Outcome } from "../core/handle.ts";
import { ignored } from "../core/handle.ts";
import { commandName, parseCommand } from "../decide/command.ts";
import { decideRequest, REQUEST_COMMENT, requestKind } from "../decide/request.ts";
import { boardItemOf, gatherIssue, type IssueData } from "../gather/board.ts";
import { gatherComments } from "../gather/comments.ts";
import { gatherConfig } from "../gather/config.ts";
import { readRepoFile } from "../gather/files.ts";
import { gatherWorkgroupSlugs } from "../gather/workgroups.ts";
import { formatPath } from "../yaml/locate.ts";
import { escalationAfter } from "./board.ts";
import { counted, finish } from "./outcome.ts";
import { replyWrites } from "./reply.ts";

export async function requestFlow(
  event: WebhookEvent,
  ctx: CoreContext,
  {
    trigger,
    config: known,
  }: {
    trigger: "issue" | "comment";
    /** The config, when the caller has just read it (the sweep): not read again. */
    config?: Config;
  },
): Promise<Outcome> {
  let issue = event.payload.issue;
  if (!issue || issue.pull_request) return ignored("not an issue");
  if (issue.state === "closed") return ignored(`#${issue.number} is closed`);
  const author = issue.user?.login ?? "";

  if (trigger === "comment") {
    const parsed = parseCommand(event.payload.comment?.body);
    if (!parsed || commandName(parsed) !== "recheck") return ignored("comment is not /recheck");
    const commenter = event.payload.comment?.user?.login ?? "";
    const association = String(
      (event.payload.comment as { author_association?: string } | undefined)?.author_association ?? "",
    );
    const allowed = commenter === author || ["OWNER", "MEMBER", "COLLABORATOR"].includes(association);
    if (!allowed || !parsed.ok) {
      const comments = await gatherComments(ctx.github, ctx.repo, issue.number);
      const text = !parsed.ok
        ? parsed.error
        : "Only the author of this issue or a maintainer of this repository can use `/recheck`.";
      const writes = replyWrites(
        issue.number,
        comments,
        event.payload.comment?.id ?? 0,
        text,
        await ctx.self(),
      );
      const summary = `refused /recheck on #${issue.number}`;
      const refused = await finish(ctx, "recheck-refused", summary, writes);
      // The same command delivered twice at once may have been answered twice: one answer is kept.
      const settled = ctx.dryRun ? [] : await settleStickies(ctx.github, ctx.repo, writes, ctx.self);
      if (settled.length === 0) return refused;
      const all = [...writes, ...settled];
      return { ...refused, writes: all, summary: counted(summary, all.length) };
    }
  }

  const { config, problems: configProblems } = known
    ? { config: known, problems: [] }
    : await gatherConfig(ctx.github, ctx.repo, ctx.configs);
  if (configProblems.length > 0)
    ctx.log.warn(`.github/wgbot.yml has ${configProblems.length} problem(s); using what is valid.`);
  const kind = requestKind(labelNames(issue), issue.body ?? "", config);
  if (!kind) return ignored(`#${issue.number} is neither a charter proposal nor a grant request`);
  // Decide on the issue as it is now, not as the payload saw it: a redelivery can come hours later, and two edits
  // can race. A stale payload must not put back a label a later step removed.
  issue = (await gatherIssue(ctx.github, ctx.repo, issue.number)) as unknown as typeof issue;
  if (issue.state === "closed") return ignored(`#${issue.number} is closed`);
  const labels = labelNames(issue);

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
  const plan = decideRequest({
    kind,
    issue: { number: issue.number, title: issue.title, body: issue.body ?? "", author, labels },
    owner: ctx.repo.owner,
    config,
    now: ctx.now,
    existingSlugs,
    template,
  });
  const writes = [
    ...labelWrites(issue.number, labels, plan.labels, plan.ownsLabel),
    ...stickyWrites(issue.number, comments, REQUEST_COMMENT, plan.comment, await ctx.self()),
  ];
  const problems = plan.findings.map((f) => ({
    file: `issue #${issue.number}`,
    severity: f.severity,
    code: f.code,
    message: f.message,
    hint: f.hint,
    field: formatPath(f.path) || undefined,
  }));
  const outcome = await finish(
    ctx,
    `${kind}-request`,
    `#${issue.number} ${plan.summary}`,
    writes,
    plan,
    problems,
  );
  // Two events on a new request at once may both have created the comment: one is kept.
  const settled = ctx.dryRun ? [] : await settleStickies(ctx.github, ctx.repo, writes, ctx.self);
  // A request in board review goes on a board meeting's milestone and agenda (flow 5).
  const board = await escalationAfter(ctx, config, boardItemOf(issue as IssueData), writes);
  if (board.length === 0 && settled.length === 0) return outcome;
  const all = [...writes, ...settled, ...board];
  return { ...outcome, writes: all, summary: counted(`#${issue.number} ${plan.summary}`, all.length) };
}
