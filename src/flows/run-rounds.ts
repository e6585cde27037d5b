/**
 * The runner: gather → decide → apply for one flow, then the rounds that follow — settling sticky comments a race
 * may have doubled (settle-round.ts), and the flow's `next` round when a write's result is needed (the board
 * meeting an escalated item goes on). In a dry run the writes are planned and reported, not performed.
 *
 * `runChain` runs the flows made of `Round`s (flow-module.ts: the decision commands, the protected-label guard, the
 * board meeting's milestone and agenda): each round's gather → decide → apply, then the round its decision names,
 * given GitHub's answers to its writes.
 */
import { execute, executeWrite } from "../apply/writes.ts";
import type { WebhookEvent } from "../model/event.ts";
import { counted, ignored, type Outcome } from "../model/outcome.ts";
import type { Write } from "../model/write.ts";
import type { CoreContext } from "./context.ts";
import { type ChainFlow, type Round, type Rounds, round } from "./flow-module.ts";
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

export interface Chained {
  writes: Write[];
  ignored?: string;
  summary?: string;
  plan?: unknown;
}

/** Runs rounds one after the other, each gather → decide → apply, until a round has no next one. */
export async function runChain(first: Round | undefined, ctx: CoreContext): Promise<Chained> {
  const result: Chained = { writes: [] };
  for (let current = first; current; ) {
    const decision = current.decide(await current.gather(ctx), ctx.now);
    if (decision.ignored !== undefined) return { ...result, ignored: decision.ignored };
    if (decision.summary !== undefined) result.summary = decision.summary;
    if (decision.plan !== undefined) result.plan = decision.plan;
    const answers: unknown[] = [];
    for (const write of decision.writes) {
      result.writes.push(write);
      answers.push(ctx.dryRun ? undefined : await executeWrite(ctx.github, ctx.repo, write, ctx.self));
    }
    current = decision.next?.(answers, ctx.dryRun);
  }
  return result;
}

/** A chain flow: its first round from the event (gather → decide), then the rounds its decisions name. */
export async function runChainFlow<State>(
  flow: ChainFlow<State>,
  event: WebhookEvent,
  ctx: CoreContext,
): Promise<Chained> {
  const gathered = await flow.gather(event, ctx);
  if ("ignored" in gathered) return { writes: [], ignored: gathered.ignored };
  return runChain(
    round(async () => gathered.state, flow.decide),
    ctx,
  );
}
