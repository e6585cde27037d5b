/**
 * Flow 4, the sweep (a `schedule` or `workflow_dispatch` event in the Action, or `wgbot sweep`): gather the whole
 * repository's state and the issues wgbot tracks, decide once (decide/sweep.ts), apply the difference.
 *
 * Reads: one GraphQL query for the repository, one paginated list of open issues, one of recently closed ones,
 * and a timeline per grant request old enough for a grant rule to apply. None grows with the number of work
 * groups. Writes: one per change. Then the board's part of the sweep (flows/board.ts): the at-risk and renewal
 * issues just opened, like every escalated item on no meeting, go on the upcoming meeting, and its agenda is
 * refreshed.
 */
import { sweepWrites } from "../apply/sweep.ts";
import type { CoreContext } from "../core/context.ts";
import type { WebhookEvent } from "../core/event.ts";
import type { Outcome } from "../core/handle.ts";
import { decideSweep, grantCandidates, recentSince, type SweepPlan } from "../decide/sweep.ts";
import { gatherGovernance } from "../gather/governance.ts";
import { gatherSweepIssues, gatherTimelines } from "../gather/sweep-issues.ts";
import { syncBoard } from "./board.ts";
import { finish } from "./outcome.ts";

export async function sweepFlow(
  _event: WebhookEvent,
  ctx: CoreContext,
): Promise<Outcome & { plan: SweepPlan }> {
  const { state } = await gatherGovernance(ctx.github, ctx.repo, { now: ctx.now });
  const { config } = state;
  const issues = await gatherSweepIssues(ctx.github, ctx.repo, { closedSince: recentSince(state, ctx.now) });
  const timelines = await gatherTimelines(ctx.github, ctx.repo, grantCandidates(issues, config, ctx.now));
  const plan = decideSweep({ state, issues, timelines, config, now: ctx.now, owner: ctx.repo.owner });
  const writes = sweepWrites(plan, issues);
  await finish(ctx, "sweep", plan.summary, writes, plan, state.problems);
  const board = await syncBoard(ctx, config);
  const all = [...writes, ...board];
  return {
    flow: "sweep",
    summary: `${plan.summary} (${all.length} write${all.length === 1 ? "" : "s"})`,
    writes: all,
    plan,
    problems: state.problems,
  };
}
