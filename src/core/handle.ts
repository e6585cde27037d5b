/**
 * The core's single entry: every runtime (Probot app, Action, CLI simulate) calls handleEvent with a webhook
 * event and a context. It routes the event to its flow; each flow is gather → decide → apply.
 */
import type { Write } from "../apply/writes.ts";
import { requestFlow } from "../flows/request.ts";
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
}

export const HANDLED_EVENTS = [
  "issues.opened",
  "issues.edited",
  "issues.reopened",
  "issue_comment.created",
] as const;

export function ignored(summary: string): Outcome {
  return { flow: "ignored", summary, writes: [] };
}

export async function handleEvent(event: WebhookEvent, ctx: CoreContext): Promise<Outcome> {
  const { payload } = event;
  if (isBot(payload.sender)) return ignored(`event from bot ${payload.sender?.login ?? "(unknown)"}`);
  const key = `${event.name}.${payload.action ?? ""}`;
  switch (key) {
    case "issues.opened":
    case "issues.edited":
    case "issues.reopened":
      return requestFlow(event, ctx, { trigger: "issue" });
    case "issue_comment.created":
      return requestFlow(event, ctx, { trigger: "comment" });
    default:
      return ignored(`no flow for ${key}`);
  }
}
