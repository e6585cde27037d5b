/**
 * What a flow is: a module that declares the webhook events (or the one comment command) it takes, and how it
 * handles one. The router (runner/routes.ts) picks the module from these declarations; nothing else routes.
 *
 * A flow whose writes need no write's result is a `Rounds`: `gather` reads (gather/ only), `decide` is pure
 * (state + now → plan), `writes` diffs the plan against the state, and the runner (runner/run-rounds.ts) applies
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
