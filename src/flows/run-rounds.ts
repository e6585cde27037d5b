/**
 * The runner: gather → decide → apply for one flow, then the rounds that follow — settling sticky comments a race
 * may have doubled (settle-round.ts), and the flow's `next` round when a write's result is needed (the board
 * meeting an escalated item goes on). In a dry run the writes are planned and reported, not performed.
 */
import { execute } from "../apply/writes.ts";
import type { WebhookEvent } from "../model/event.ts";
import { counted, ignored, type Outcome } from "../model/outcome.ts";
import type { CoreContext } from "./context.ts";
import type { Rounds } from "./flow-module.ts";
import { settleRound } from "./settle-round.ts";

export async function runRounds<State, Plan>(
  flow: Rounds<State, Plan>,
  event: WebhookEvent,
  ctx: CoreContext,
): Promise<Outcome> {
  const gathered = await flow.gather(event, ctx);
  if ("ignored" in gathered) return ignored(gathered.ignored);
  const { state } = gathered;
  const plan = flow.decide(state, ctx.now);
  const writes = flow.writes(plan, state);
  if (!ctx.dryRun) await execute(ctx.github, ctx.repo, writes, ctx.self);
  const report = flow.report(plan, state);
  const settled = flow.settles === false ? [] : await settleRound(ctx, writes);
  const next = flow.next ? await flow.next(plan, state, writes, ctx) : [];
  const all = [...writes, ...settled, ...next];
  return {
    flow: report.flow,
    summary: counted(report.summary, all.length),
    writes: all,
    plan: report.plan,
    ...(report.problems ? { problems: report.problems } : {}),
  };
}
