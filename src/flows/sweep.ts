/**
 * The sweep (a `schedule` or `workflow_dispatch` event in the Action, or `wgbot sweep`): gather the whole
 * repository's state and the issues wgbot tracks, decide once (decide/sweep.ts), apply the difference.
 *
 * Reads: one GraphQL query for the repository, one paginated list of open issues, one of recently closed ones,
 * and a timeline per grant request old enough for a grant rule to apply. None grows with the number of work
 * groups. Writes: one per change. Then the next rounds: the board's part of the sweep (flows/board-meeting/): the
 * at-risk and renewal issues just opened, like every escalated item on no meeting, go on the upcoming meeting, and
 * its agenda is refreshed; last, requests nobody answered (decide/unanswered.ts) go through the request flow.
 */
import { sweepWrites } from "../apply/sweep.ts";
import { decideSweep, recentSince } from "../decide/sweep.ts";
import { grantCandidates } from "../decide/sweep-grants.ts";
import type { SweepIssue, SweepPlan, TimelineEvent } from "../decide/sweep-model.ts";
import { unansweredRequests } from "../decide/unanswered.ts";
import { gatherGovernance } from "../gather/governance.ts";
import { gatherSweepIssues, gatherTimelines } from "../gather/sweep-issues.ts";
import type { WebhookEvent } from "../model/event.ts";
import type { Self } from "../model/markers.ts";
import type { Outcome } from "../model/outcome.ts";
import type { Write } from "../model/write.ts";
import type { GovernanceState } from "../validate/repository.ts";
import { syncBoard } from "./board-meeting/escalation.ts";
import type { CoreContext } from "./context.ts";
import type { FlowModule, Rounds } from "./flow-module.ts";
import { requestFlow } from "./request.ts";
import { runRounds } from "./run-rounds.ts";

interface SweepState {
  state: GovernanceState;
  issues: SweepIssue[];
  timelines: Map<number, TimelineEvent[]>;
  owner: string;
  self: Self;
}

interface SweepRoundPlan {
  sweep: SweepPlan;
  /** Requests whose delivery was lost: answered in the last round, as their `opened` event would have been. */
  unanswered: SweepIssue[];
}

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

export const sweepRounds: Rounds<SweepState, SweepRoundPlan> = {
  gather: async (_event, ctx) => {
    const { state } = await gatherGovernance(ctx.github, ctx.repo, { now: ctx.now });
    const { config } = state;
    const issues = await gatherSweepIssues(ctx.github, ctx.repo, {
      closedSince: recentSince(state, ctx.now),
    });
    const timelines = await gatherTimelines(ctx.github, ctx.repo, grantCandidates(issues, config, ctx.now));
    return { state: { state, issues, timelines, owner: ctx.repo.owner, self: await ctx.self() } };
  },
  decide: (s, now) => {
    const { state, issues, timelines, owner, self } = s;
    const config = state.config;
    return {
      sweep: decideSweep({ state, issues, timelines, config, now, owner, self }),
      unanswered: unansweredRequests(issues, config, now),
    };
  },
  writes: (plan, s) => sweepWrites(plan.sweep, s.issues, s.self),
  report: (plan, s) => {
    const n = plan.unanswered.length;
    const answered = n === 0 ? "" : `; ${n} unanswered request${n === 1 ? "" : "s"} checked`;
    return {
      flow: "sweep",
      summary: `${plan.sweep.summary}${answered}`,
      plan: plan.sweep,
      problems: s.state.problems,
    };
  },
  settles: false,
  next: async (plan, s, _writes, ctx) => {
    const board = await syncBoard(ctx, s.state.config);
    const answers: Write[] = [];
    for (const issue of plan.unanswered)
      answers.push(...(await requestFlow(openedEvent(issue), ctx, s.state.config)).writes);
    return [...board, ...answers];
  },
};

export async function sweepFlow(
  event: WebhookEvent,
  ctx: CoreContext,
): Promise<Outcome & { plan: SweepPlan }> {
  return (await runRounds(sweepRounds, event, ctx)) as Outcome & { plan: SweepPlan };
}

export const sweepModule: FlowModule = {
  name: "sweep",
  events: ["schedule", "workflow_dispatch"],
  handle: sweepFlow,
};
