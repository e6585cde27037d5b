/**
 * The sweep (a `schedule` or `workflow_dispatch` event in the Action, or `wgbot sweep`): gather the whole
 * repository's state and the issues wgbot tracks, decide once (decide/sweep.ts), apply the difference.
 *
 * Reads: one GraphQL query for the repository, one paginated list of open issues, one of recently closed ones,
 * a timeline per grant request old enough for a grant rule to apply (a request still undecided after its decision
 * target included: its timeline is where wgbot finds the reminder it already wrote, so a request in board review
 * costs one read per sweep from its target until it is decided), and one query for the edit history of the
 * requests the needs-info rule would close (only when there are any). None grows with the number of work
 * groups. Writes: one per change. Then the next rounds: the board's part of the sweep (flows/board-meeting/): the
 * at-risk and renewal issues just opened, like every escalated item on no meeting, go on the upcoming meeting, and
 * its agenda is refreshed, with the work groups' reports that fell due since the previous meeting (one more query for
 * their text); last, requests nobody answered (decide/unanswered.ts) go through the request flow.
 */
import { sweepWrites } from "../apply/sweep.ts";
import { editsMatter } from "../decide/applicant-activity.ts";
import { decideSweep, recentSince } from "../decide/sweep.ts";
import { grantCandidates } from "../decide/sweep-grants.ts";
import type { SweepIssue, SweepPlan, TimelineEvent } from "../decide/sweep-model.ts";
import { unansweredRequests } from "../decide/unanswered.ts";
import { gatherGovernance } from "../gather/governance.ts";
import { gatherIssueEdits, gatherSweepIssues, gatherTimelines } from "../gather/sweep-issues.ts";
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
  repo: string;
  branch: string | undefined;
  /** The repository's web address, for whole links to GitHub's "new file" page. */
  repoUrl?: string;
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

/**
 * A request the needs-info rule would close, but that changed after its applicant's last known activity: its text's
 * edit history is read (one query for all of them) and added to its timeline, so an applicant's edit restarts the
 * clock (decide/applicant-activity.ts).
 */
async function addApplicantEdits(
  ctx: CoreContext,
  issues: readonly SweepIssue[],
  timelines: Map<number, TimelineEvent[]>,
  config: GovernanceState["config"],
  self: Self,
): Promise<void> {
  const check = [...timelines.keys()].filter((n) => {
    const issue = issues.find((i) => i.number === n);
    return (
      issue?.labels.includes(config.labels.needs_info) &&
      editsMatter(issue, timelines.get(n) ?? [], config, ctx.now, self)
    );
  });
  if (check.length === 0) return;
  const edits = await gatherIssueEdits(ctx.github, ctx.repo, check);
  for (const [n, events] of edits) timelines.set(n, [...(timelines.get(n) ?? []), ...events]);
}

export const sweepRounds: Rounds<SweepState, SweepRoundPlan> = {
  gather: async (_event, ctx) => {
    const { state, branch, url } = await gatherGovernance(ctx.github, ctx.repo, { now: ctx.now });
    const { config } = state;
    const issues = await gatherSweepIssues(ctx.github, ctx.repo, {
      closedSince: recentSince(state, ctx.now),
    });
    const timelines = await gatherTimelines(ctx.github, ctx.repo, grantCandidates(issues, config, ctx.now));
    const self = await ctx.self();
    await addApplicantEdits(ctx, issues, timelines, config, self);
    const repo = { owner: ctx.repo.owner, repo: ctx.repo.repo, ...(url ? { repoUrl: url } : {}) };
    return { state: { state, issues, timelines, ...repo, branch, self } };
  },
  decide: (s, now) => {
    const { state, issues, timelines, owner, repo, branch, repoUrl, self } = s;
    const config = state.config;
    const where = branch ? { repo, branch, ...(repoUrl ? { repoUrl } : {}) } : {};
    return {
      sweep: decideSweep({ state, issues, timelines, config, now, owner, ...where, self }),
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
    const board = await syncBoard(ctx, s.state.config, { state: s.state, branch: s.branch, url: s.repoUrl });
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
