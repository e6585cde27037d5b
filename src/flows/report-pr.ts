/**
 * Flow 3: a pull request opened, pushed to or reopened. When it changes governance files (monthly reports,
 * charters), they are validated at the head commit, reported through one check run per head SHA with line
 * annotations, the pull request is labelled (`kind/report`, `wg/<slug>`) and, when needed, routed to board review.
 *
 * Reads: the pull request's files (paginated); the pull request itself, as it is now; the config and each
 * touched work group's charter on the base branch and each changed file at the head (contents API,
 * concurrently); the check runs on the head SHA. A pull request that changes no YAML file costs the file list
 * only.
 */
import { checkRunWrites } from "../apply/check-runs.ts";
import { labelWrites } from "../apply/labels.ts";
import type { Write } from "../apply/writes.ts";
import type { CoreContext } from "../core/context.ts";
import { labelNames, type WebhookEvent } from "../core/event.ts";
import type { Outcome } from "../core/handle.ts";
import { ignored } from "../core/handle.ts";
import { CHECK_NAME, decideReportPr } from "../decide/report-pr.ts";
import { findCheckRun, gatherPullFiles, listPullFiles } from "../gather/pull-request.ts";
import { finish } from "./outcome.ts";

interface PullPayload {
  number: number;
  state?: string;
  user: { login: string } | null;
  labels?: ({ name: string } | string)[];
  head: { sha: string };
  base: { ref: string; sha?: string };
}

export async function reportPrFlow(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const payload = event.payload.pull_request as PullPayload | undefined;
  if (!payload?.head?.sha || !payload.base?.ref) return ignored("not a pull request");
  if (payload.state === "closed") return ignored(`PR #${payload.number} is closed`);

  const changed = await listPullFiles(ctx.github, ctx.repo, payload.number);
  if (!changed.some((f) => /\.ya?ml$/.test(f.filename)))
    return ignored(`PR #${payload.number} changes no YAML file`);
  // Decide on the pull request as it is now (labels, head, state), not as the payload saw it: a redelivered or
  // late event must write nothing again, nor put back a label that the run for a later push took off.
  const pull = (await ctx.github.rest.pulls.get({ ...ctx.repo, pull_number: payload.number }))
    .data as unknown as PullPayload;
  if (pull.state === "closed") return ignored(`PR #${pull.number} is closed`);
  const labels = labelNames(pull);
  const { config, files, baseCharters } = await gatherPullFiles(ctx.github, ctx.repo, changed, {
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    configs: ctx.configs,
  });
  const plan = decideReportPr({
    config,
    now: ctx.now,
    pull: {
      number: pull.number,
      author: pull.user?.login ?? "",
      labels,
      headSha: pull.head.sha,
      baseRef: pull.base.ref,
    },
    files,
    baseCharters,
  });
  const labelChanges = labelWrites(pull.number, labels, plan.labels, plan.ownsLabel);
  if (files.length === 0) {
    // Not a governance pull request (any more): only labels wgbot set on an earlier push are taken off.
    return finish(ctx, "report-pr", `PR #${pull.number} changes no governance file`, labelChanges);
  }
  const existing = await findCheckRun(ctx.github, ctx.repo, pull.head.sha, CHECK_NAME);
  const writes: Write[] = [...checkRunWrites(existing, plan.checkRun), ...labelChanges];
  return finish(ctx, "report-pr", plan.summary, writes, plan, plan.problems);
}
