/**
 * What a flow is: a module that declares the webhook events (or the one comment command) it takes, and how it
 * handles one. The router (router/routes.ts) picks the module from these declarations; nothing else routes.
 *
 * A flow whose writes need no write's result is a `Rounds`: `gather` reads (gather/ only), `decide` is pure
 * (state + now → plan), `writes` diffs the plan against the state, and the runner (flows/run-rounds.ts) applies
 * them, then runs the follow-up rounds: settling sticky comments a race may have doubled, and `next` when a
 * write's result is needed (the board meeting an escalated item goes on).
 */
import type { WebhookEvent } from "../model/event.ts";
import type { Outcome } from "../model/outcome.ts";
import type { Write } from "../model/write.ts";
import type { Problem } from "../problems.ts";
import type { CoreContext } from "./context.ts";

export interface FlowModule {
  /** The flow's name in outcomes and logs. */
  name: string;
  /** `<event>.<action>` keys it takes (`issues.opened`), or bare event names for events without one (`schedule`). */
  events?: readonly string[];
  /** The comment command it takes (`board` for `/board …`): one module per command. */
  command?: string;
  handle(event: WebhookEvent, ctx: CoreContext): Promise<Outcome>;
}

/** What a gather step returns: the state decide needs, or why there is nothing to do. */
export type Gathered<State> = { state: State } | { ignored: string };

/** What the runner reports of a round: the flow's name, a summary, and the details a dry run prints. */
export interface Report {
  flow: string;
  summary: string;
  plan?: unknown;
  problems?: Problem[];
}

export interface Rounds<State, Plan> {
  gather(event: WebhookEvent, ctx: CoreContext): Promise<Gathered<State>>;
  decide(state: State, now: Date): Plan;
  writes(plan: Plan, state: State): Write[];
  report(plan: Plan, state: State): Report;
  /** False for a flow whose comments are not sticky ones a race could double (the sweep's): no settling round. */
  settles?: boolean;
  /** Another round, once the writes are applied: returns its writes (already applied, or planned in a dry run). */
  next?(plan: Plan, state: State, writes: readonly Write[], ctx: CoreContext): Promise<Write[]>;
}

/**
 * A flow whose later writes need an earlier write's result (the decision commands, the protected-label guard): its
 * first round's `gather` (reads, from the event) and `decide` (pure: state + now → the round's writes, and the
 * rounds after them, given GitHub's answers). The runner (run-rounds.ts, `runChainFlow`) applies the writes between.
 */
export interface ChainFlow<State> {
  gather(event: WebhookEvent, ctx: CoreContext): Promise<Gathered<State>>;
  decide(state: State, now: Date): Decision;
}

/**
 * One round of a flow whose later writes need an earlier write's result (a new milestone's number, then the
 * agenda; a reply's id, then whether a race doubled it): `gather` reads, `decide` is pure and returns the round's
 * writes and the round that follows them. The runner (run-rounds.ts, `runChain`) applies the writes between.
 */
export interface Round {
  gather(ctx: CoreContext): Promise<unknown>;
  decide(state: unknown, now: Date): Decision;
}

export interface Decision {
  writes: Write[];
  /** Nothing to do: the flow reports this and stops. */
  ignored?: string;
  /** The flow's summary, when this round settles it. */
  summary?: string;
  plan?: unknown;
  /** The round after the writes: `answers` are GitHub's, one per write (undefined in a dry run, or when unchanged). */
  next?(answers: readonly unknown[], dryRun: boolean): Round | undefined;
}

/** A round from a typed gather and decide. */
export function round<State>(
  gather: (ctx: CoreContext) => Promise<State>,
  decide: (state: State, now: Date) => Decision,
): Round {
  return { gather, decide: (state, now) => decide(state as State, now) };
}

/** A round that reads nothing. */
export function pure(decide: (now: Date) => Decision): Round {
  return round(
    async () => undefined,
    (_s, now) => decide(now),
  );
}

/** No writes; go on with `then`. */
export function goOn(then?: () => Round | undefined): Decision {
  return then ? { writes: [], next: then } : { writes: [] };
}
