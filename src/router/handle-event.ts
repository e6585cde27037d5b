/**
 * The core's single entry: every runtime (Probot app, Action, CLI simulate) calls handleEvent with a webhook
 * event and a context. The route table (routes.ts) picks the flow module; each flow is gather → decide → apply.
 */
import { commandName, parseCommand } from "../decide/command.ts";
import type { CoreContext } from "../flows/context.ts";
import type { FlowModule } from "../flows/flow-module.ts";
import { isBot, type WebhookEvent } from "../model/event.ts";
import { ignored, type Outcome } from "../model/outcome.ts";
import { type ItemLocks, itemKey } from "./item-locks.ts";
import { COMMAND_EVENT, COMMAND_FLOWS, EVENT_FLOWS, flowForCommand, flowForEvent } from "./routes.ts";

/** Events with no webhook, run by the Action (or `wgbot sweep`): the sweep. */
export const SWEEP_EVENTS = ["schedule", "workflow_dispatch"] as const;

/** The webhook events the App subscribes to: those the flow modules declare, and the one that carries commands. */
export const HANDLED_EVENTS = [
  ...EVENT_FLOWS.flatMap((f) => f.events ?? []).filter((e) => e.includes(".")),
  ...(COMMAND_FLOWS.length > 0 ? [COMMAND_EVENT] : []),
];

/**
 * Runs the event's flow. With `locks` (the App's server), a run about an issue or pull request holds that item
 * from its first read to its last write. That is the narrowest span that closes the race: a flow reads, decides
 * and writes in several rounds, and a run holding the item for less could still act on what another run is about
 * to change. It is taken here, once a flow is chosen, so events that start no flow (bots, ordinary comments) never
 * wait; events about no single item (push, the sweep) take none.
 */
export async function handleEvent(
  event: WebhookEvent,
  ctx: CoreContext,
  locks?: ItemLocks,
): Promise<Outcome> {
  const route = chooseFlow(event);
  if (!("handle" in route)) return route;
  const run = () => runFlow(route, event, ctx);
  const item = locks ? itemKey(event) : undefined;
  return locks && item ? locks.run(item, run) : run();
}

async function runFlow(flow: FlowModule, event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  try {
    return await flow.handle(event, ctx);
  } catch (error) {
    // The item the event is about was deleted (or moved away) while the event waited or was handled: nothing is
    // left to do. Any other failure is the runtime's to report (the delivery fails and can be redelivered).
    const number = (event.payload.issue ?? (event.payload.pull_request as { number?: number } | undefined))
      ?.number;
    if (number !== undefined && itemGone(error, number)) {
      const status = (error as { status?: number }).status;
      ctx.log.warn(`#${number} no longer exists (HTTP ${status}); nothing to do.`);
      return ignored(`#${number} no longer exists`);
    }
    throw error;
  }
}

/** A 404 or 410 for the item itself (its issue, pull request, labels or comments), not for something else. */
function itemGone(error: unknown, number: number): boolean {
  const e = error as { status?: number; request?: { url?: string } };
  if (e.status !== 404 && e.status !== 410) return false;
  const path = (e.request?.url ?? "").split("?")[0] ?? "";
  return new RegExp(`/(issues|pulls)/${number}(/(labels|comments|files)(/[^/]*)?)?$`).test(path);
}

/** The flow module that takes the event, or the outcome of ignoring it. */
function chooseFlow(event: WebhookEvent): FlowModule | Outcome {
  const { payload } = event;
  const key = `${event.name}.${payload.action ?? ""}`;
  // A scheduled run has no sender (or GitHub's), so the sweep is routed before the bot check.
  const sweep = (SWEEP_EVENTS as readonly string[]).includes(event.name)
    ? flowForEvent(key, event.name)
    : undefined;
  if (sweep) return sweep;
  if (isBot(payload.sender)) return ignored(`event from bot ${payload.sender?.login ?? "(unknown)"}`);
  if (key === COMMAND_EVENT) {
    const command = flowForCommand(commandName(parseCommand(payload.comment?.body)));
    return command ?? ignored("comment is not a command");
  }
  return flowForEvent(key, event.name) ?? ignored(`no flow for ${key}`);
}
