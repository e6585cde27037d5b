/**
 * The report pull request flow: a pull request opened, pushed to or reopened. When it changes governance files
 * (monthly reports, charters), they are validated at the head commit, reported through one check run per head SHA
 * with line annotations, the pull request is labelled (`kind/report`, `wg/<slug>`) and, when needed, routed to
 * board review.
 *
 * Reads: the pull request as it is now (state, labels, head, base, author) and its files, in one GraphQL request
 * (one more per further 100 files); the config and each touched work group's charter on the base branch and each
 * changed file at the head (contents API, concurrently); the check runs on the head SHA. A pull request that
 * changes no YAML file costs that first request only.
 */
import { checkRunWrites } from "../apply/check-runs.ts";
import { labelWrites } from "../apply/labels.ts";
import { decideReportPr, type ReportPrInput, type ReportPrPlan } from "../decide/report-pr.ts";
import { CHECK_NAME } from "../decide/report-pr-check-run.ts";
import { findCheckRun, gatherPullFiles } from "../gather/pull-request.ts";
import { gatherPullNow } from "../gather/pull-request-now.ts";
import type { ExistingCheckRun } from "../model/write.ts";
import type { FlowModule, Rounds } from "./flow-module.ts";
import { runRounds } from "./run-rounds.ts";

/** What the payload is trusted for: which pull request, and whether it was already closed when sent. */
interface PullPayload {
  number: number;
  state?: string;
  head: { sha: string };
  base: { ref: string };
}

interface PullState {
  input: Omit<ReportPrInput, "now">;
  /** wgbot's latest check run on the head; only read when the pull request changes governance files. */
  existing: ExistingCheckRun | undefined;
}

export const reportPrRounds: Rounds<PullState, ReportPrPlan> = {
  gather: async (event, ctx) => {
    const payload = event.payload.pull_request as PullPayload | undefined;
    if (!payload?.head?.sha || !payload.base?.ref) return { ignored: "not a pull request" };
    if (payload.state === "closed") return { ignored: `PR #${payload.number} is closed` };
    // Decide on the pull request as it is now (labels, head, state), not as the payload saw it: a redelivered or
    // late event must write nothing again, nor put back a label that the run for a later push took off.
    const pull = await gatherPullNow(ctx.github, ctx.repo, payload.number);
    if (!pull) {
      // Gone (deleted, or its repository moved away): as the router ends an event whose item answers 404.
      ctx.log.warn(`#${payload.number} no longer exists (GraphQL NOT_FOUND); nothing to do.`);
      return { ignored: `#${payload.number} no longer exists` };
    }
    if (!pull.files.some((f) => /\.ya?ml$/.test(f.filename)))
      return { ignored: `PR #${payload.number} changes no YAML file` };
    if (pull.state === "closed") return { ignored: `PR #${pull.number} is closed` };
    const { config, files, baseCharters } = await gatherPullFiles(ctx.github, ctx.repo, pull.files, {
      headSha: pull.headSha,
      baseRef: pull.baseRef,
      configs: ctx.configs,
    });
    const existing =
      files.length === 0 ? undefined : await findCheckRun(ctx.github, ctx.repo, pull.headSha, CHECK_NAME);
    const info = {
      number: pull.number,
      author: pull.author,
      labels: pull.labels,
      headSha: pull.headSha,
      baseRef: pull.baseRef,
    };
    return { state: { input: { config, pull: info, files, baseCharters }, existing } };
  },
  decide: (s, now) => decideReportPr({ ...s.input, now }),
  writes: (plan, s) => {
    const { pull, files } = s.input;
    const labelChanges = labelWrites(pull.number, pull.labels, plan.labels, plan.ownsLabel);
    // Not a governance pull request (any more): only labels wgbot set on an earlier push are taken off.
    if (files.length === 0) return labelChanges;
    return [...checkRunWrites(s.existing, plan.checkRun), ...labelChanges];
  },
  report: (plan, s) =>
    s.input.files.length === 0
      ? { flow: "report-pr", summary: `PR #${s.input.pull.number} changes no governance file` }
      : { flow: "report-pr", summary: plan.summary, plan, problems: plan.problems },
};

export const reportPrModule: FlowModule = {
  name: "report-pr",
  events: ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"],
  handle: (event, ctx) => runRounds(reportPrRounds, event, ctx),
};
