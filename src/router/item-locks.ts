/**
 * One run at a time per item. Two deliveries about the same issue or pull request, handled at the same instant,
 * would both read "no sticky comment yet" and both create one (the settling round then deletes the double, but
 * the item's watchers were notified twice). Holding the item while its flow runs turns that race into a queue:
 * the second run starts after the first has written, reads what it wrote, and writes nothing it already wrote.
 *
 * The App's server holds items in this process (a promise chain per item) and, with REDIS_URL, across instances
 * too (server/redis-locks.ts). The Action needs neither: its workflow's `concurrency:` groups queue runs per item.
 */
import type { WebhookEvent } from "../model/event.ts";

export interface ItemLocks {
  /** Runs `work` once no other run holds `key`, and holds it until `work` settles. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** The item an event is about, `owner/repo#number` in lower case (GitHub's names ignore case), or none. */
export function itemKey(event: WebhookEvent): string | undefined {
  const { repository, issue } = event.payload;
  const pull = event.payload.pull_request as { number?: unknown } | undefined;
  const number = issue?.number ?? pull?.number;
  if (!repository || typeof number !== "number") return undefined;
  return `${repository.owner.login}/${repository.name}#${number}`.toLowerCase();
}

/**
 * Runs on one item in this process wait for each other, in arrival order; a failed run does not stop the next.
 * The chain of an item is dropped as soon as nothing waits on it, so memory follows the runs in flight.
 */
export function localItemLocks(): ItemLocks {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const result = (tails.get(key) ?? Promise.resolve()).then(work);
      const tail = result.then(
        () => {},
        () => {},
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
