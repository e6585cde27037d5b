/**
 * The Probot app: a thin adapter. It subscribes to the events wgbot handles and passes each to the core with
 * the installation's client; it knows no rules.
 */
import type { Probot } from "probot";
import type { WebhookEvent } from "./core/event.ts";
import { HANDLED_EVENTS, handleEvent } from "./core/handle.ts";
import type { GitHub } from "./github/client.ts";

export interface AppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

export function createApp({ now = () => new Date() }: AppOptions = {}) {
  return (app: Probot): void => {
    app.on([...HANDLED_EVENTS], async (context) => {
      const event = { name: context.name, payload: context.payload } as unknown as WebhookEvent;
      const repository = event.payload.repository;
      if (!repository) return;
      const outcome = await handleEvent(event, {
        github: context.octokit as unknown as GitHub,
        repo: { owner: repository.owner.login, repo: repository.name },
        now: now(),
        dryRun: false,
        log: { info: (m) => context.log.info(m), warn: (m) => context.log.warn(m) },
      });
      context.log.info(`${context.name}.${event.payload.action ?? ""}: ${outcome.summary}`);
    });
  };
}

export default createApp();
