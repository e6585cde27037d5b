/**
 * Flow 4, the sweep (a `schedule` or `workflow_dispatch` event in the Action, or `wgbot sweep`): gather the whole
 * repository's state and the issues wgbot tracks, decide once (decide/sweep.ts), apply the difference.
 *
 * Reads: one GraphQL query for the repository, one paginated list of open issues, one of recently closed ones,
 * and a timeline per grant request old enough for a grant rule to apply. None grows with the number of work
 * groups. Writes: one per change. Then the board's part of the sweep (flows/board.ts): the at-risk and renewal
 * issues just opened, like every escalated item on no meeting, go on the upcoming meeting, and its agenda is
 * refreshed. Last, requests nobody answered (decide/unanswered.ts) go through the request flow.
 */
import { sweepWrites } from "../apply/sweep.ts";
import type { Write } from "../apply/writes.ts";
import type { CoreContext } from "../core/context.ts";
import type { WebhookEvent } from "../core/event.ts";
import type { Outcome } from "../core/handle.ts";
import {
  decideSweep,
  grantCandidates,
  recentSince,
  type SweepIssue,
  type SweepPlan,
} from "../decide/sweep.ts";
import { unansweredRequests } from "../decide/unanswered.ts";
import { gatherGovernance } from "../gather/governance.ts";
import { gatherSweepIssues, gatherTimelines } from "../gather/sweep-issues.ts";
import { syncBoard } from "./board.ts";
import { finish } from "./outcome.ts";
import { requestFlow } from "./request.ts";

/** The `issues.opened` event a listed issue would have had. */
function openedEvent(issue: SweepIssue): WebhookEvent {
  const payload = {
    action: "opened",
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map((name) => ({ name })),
      user: issue.author,
    },
  };
  return { name: "issues", payload } as unknown as WebhookEvent;
}

export async function sweepFlow(
  _event: WebhookEvent,
  ctx: CoreContext,
): Promise<Outcome & { plan: SweepPlan }> {
  const { state } = await gatherGovernance(ctx.github, ctx.repo, { now: ctx.now });
  const { config } = state;
  const issues = await gatherSweepIssues(ctx.github, ctx.repo, { closedSince: recentSince(state, ctx.now) });
  const timelines = await gatherTimelines(ctx.github, ctx.repo, grantCandidates(issues, config, ctx.now));
  const self = await ctx.self();
  const plan = decideSweep({ state, issues, timelines, config, now: ctx.now, owner: ctx.repo.owner, self });
  const writes = sweepWrites(plan, issues, self);
  await finish(ctx, "sweep", plan.summary, writes, plan, state.problems);
  const board = await syncBoard(ctx, config);
  // Requests whose delivery was lost: answered now, as their `opened` event would have been.
  const unanswered = unansweredRequests(issues, config, ctx.now);
  const answers: Write[] = [];
  for (const issue of unanswered)
    answers.push(...(await requestFlow(openedEvent(issue), ctx, { trigger: "issue", config })).writes);
  const all = [...writes, ...board, ...answers];
  const answered =
    unanswered.length === 0
      ? ""
      : `; ${unanswered.length} unanswered request${unanswered.length === 1 ? "" : "s"} checked`;
  return {
    flow: "sweep",
    summary: `${plan.summary}${answered} (${all.length} write${all.length === 1 ? "" : "s"})`,
    writes: all,
    plan,
    problems: state.problems,
  };
}
