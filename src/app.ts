/**
 * The Probot app: a thin adapter. It subscribes to the events wgbot handles and passes each to the core with
 * the installation's client; it knows no rules.
 */
import type { Probot } from "probot";
import { CONFIG_MAX_AGE_MS, ConfigCache } from "./gather/config-cache.ts";
import { appIdentity } from "./gather/identity.ts";
import { type GitHub, unreachable } from "./github/client.ts";
import type { WebhookEvent } from "./model/event.ts";
import { HANDLED_EVENTS, handleEvent } from "./router/handle-event.ts";
import { type ItemLocks, localItemLocks } from "./router/item-locks.ts";

export interface AppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** How long a repository's config is used before it is read again (a push that changes it ends that early). */
  configMaxAgeMs?: number;
  /**
   * Holds an issue or pull request while a flow runs on it (router/item-locks.ts): the server passes a queue per
   * item in this process, or locks shared through Redis (REDIS_URL). Without, concurrent runs on one item are left
   * to the flows' settling round, which removes what a race doubled (the race tests run the App that way).
   */
  locks?: ItemLocks;
}

export function createApp({
  now = () => new Date(),
  configMaxAgeMs = CONFIG_MAX_AGE_MS,
  locks,
}: AppOptions = {}) {
  return (app: Probot): void => {
    const configs = new ConfigCache(configMaxAgeMs);
    // Who wgbot is: the App's bot, `<slug>[bot]`, asked once per process (GET /app with the App's JWT), when a
    // flow first needs it; a failed answer is not kept, so the next event asks again.
    const self = appIdentity(async () => (await app.auth()).rest.apps.getAuthenticated());
    app.on("push", async (context) => {
      const { owner, repo } = context.repo();
      configs.onPush(`${owner}/${repo}`, context.payload);
    });
    app.on([...HANDLED_EVENTS] as Parameters<Probot["on"]>[0], async (context) => {
      const event = { name: context.name, payload: context.payload } as unknown as WebhookEvent;
      const repository = event.payload.repository;
      if (!repository) return;
      const outcome = await handleEvent(
        event,
        {
          github: context.octokit as unknown as GitHub,
          repo: { owner: repository.owner.login, repo: repository.name },
          now: now(),
          dryRun: false,
          self,
          configs,
          log: { info: (m) => context.log.info(m), warn: (m) => context.log.warn(m) },
        },
        locks,
      ).catch(asNetworkError);
      context.log.info(`${context.name}.${event.payload.action ?? ""}: ${outcome.summary}`);
    });
  };
}

/**
 * A request that got no answer fails the delivery as a network error, "cannot reach https://…", without the status
 * 500 Octokit gives it: Probot would log that status, and the log would blame GitHub for an outage of the network.
 */
function asNetworkError(error: unknown): never {
  const message = unreachable(error);
  if (message === undefined) throw error;
  // No `cause`: the log would repeat the same refusal three times over (Octokit's error, fetch's, the socket's).
  throw new Error(message);
}

/** The App as `probot run` would load it: one process, so runs on an item queue in memory. */
export default createApp({ locks: localItemLocks() });
