/**
 * The core's single entry: every runtime (Probot app, Action, CLI simulate) calls handleEvent with a webhook
 * event and a context. It routes the event to its flow; each flow is gather → decide → apply.
 */
import type { Write } from "../apply/writes.ts";
import { boardCommandFlow, isDecisionCommand } from "../flows/board-command.ts";
import { protectedLabelFlow } from "../flows/protected-labels.ts";
import { reportPrFlow } from "../flows/report-pr.ts";
import { requestFlow } from "../flows/request.ts";
import { sweepFlow } from "../flows/sweep.ts";
import type { Problem } from "../problems.ts";
import type { CoreContext } from "./context.ts";
import { isBot, type WebhookEvent } from "./event.ts";

export interface Outcome {
  /** Which flow handled the event, or "ignored". */
  flow: string;
  /** One line for logs. */
  summary: string;
  /** The writes the flow made (or, in a dry run, would make). */
  writes: Write[];
  /** Plan details a dry run prints (comment text, labels, escalation). */
  plan?: unknown;
  /** What the flow found wrong, for runtimes that show findings (the Action's annotations and job summary). */
  problems?: Problem[];
}

export const HANDLED_EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.reopened",
  "issue_comment.created",
  // Flow 5: a protected label added by someone outside the board is removed again
  "issues.labeled",
  "pull_request.labeled",
  // Flow 3: monthly reports (and charter changes) as pull requests
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened",
] as const;

/** Events with no webhook, run by the Action (or `wgbot sweep`): the sweep. */
export const SWEEP_EVENTS = ["schedule", "workflow_dispatch"] as const;

export function ignored(summary: string): Outcome {
  return { flow: "ignored", summary, writes: [] };
}

export async function handleEvent(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  try {
    return await routeEvent(event, ctx);
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

async function routeEvent(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const { payload } = event;
  // Flow 4, the sweep. A scheduled run has no sender (or GitHub's), so it is routed before the bot check.
  if ((SWEEP_EVENTS as readonly string[]).includes(event.name)) return sweepFlow(event, ctx);
  if (isBot(payload.sender)) return ignored(`event from bot ${payload.sender?.login ?? "(unknown)"}`);
  const key = `${event.name}.${payload.action ?? ""}`;
  switch (key) {
    case "issues.opened":
    case "issues.edited":
    case "issues.reopened":
      return requestFlow(event, ctx, { trigger: "issue" });
    case "issue_comment.created":
      // Only new comments are commands: an edited comment never acts (it is not even routed here).
      if (isDecisionCommand(payload.comment?.body)) return boardCommandFlow(event, ctx);
      return requestFlow(event, ctx, { trigger: "comment" });
    case "issues.labeled":
    case "pull_request.labeled":
      return protectedLabelFlow(event, ctx);
    case "pull_request.opened":
    case "pull_request.synchronize":
    case "pull_request.reopened":
      return reportPrFlow(event, ctx);
    default:
      return ignored(`no flow for ${key}`);
  }
}
