/**
 * Item locks shared by every instance that uses the same Redis (REDIS_URL), so two deliveries about one issue on
 * two instances never both write (router/item-locks.ts says why). The usual single-Redis lock: `SET key token NX
 * PX ttl` takes it; only the holder's token releases it (compare-and-delete in one Lua script, so a lock that
 * expired and was taken by another instance is never deleted by the first); the holder renews it while its flow
 * runs, so a slow flow keeps it, and a crashed instance's lock expires by itself after `ttlMs`.
 *
 * Runs in this process queue in memory first (localItemLocks), so Redis sees one waiter per instance and item.
 * A waiter polls with a growing pause and gives up after `waitMs`: the delivery then fails (500), which GitHub
 * records so it can be redelivered, and the log says which item was busy.
 */
import { randomUUID } from "node:crypto";
import { type ItemLocks, localItemLocks } from "../router/item-locks.ts";

/** What the locks use of an ioredis client. */
export interface LockRedis {
  set(key: string, value: string, px: "PX", ms: number, nx: "NX"): Promise<string | null>;
  eval(script: string, keys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface RedisLockOptions {
  /** How long a lock lives unless renewed (it is renewed every third of it while the flow runs). */
  ttlMs: number;
  /** How long a delivery waits for an item another instance holds. */
  waitMs: number;
  /** The first pause between attempts; it doubles up to 1 s. */
  pollMs: number;
  log: { info: (message: string) => void; warn: (message: string) => void };
  /** The clock and the pause, injected by tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A flow spaces its writes a second apart (GitHub's rule for content-creating requests) and may retry a failed
 * request after 1, 4 and 9 s: a minute covers the longest run with room; renewal covers anything longer.
 */
export const LOCK_DEFAULTS = { ttlMs: 60_000, waitMs: 120_000, pollMs: 50 } as const;

const KEY_PREFIX = "wgbot:item:";

/** Deletes the lock only if it still holds our token. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
/** Extends the lock only if it still holds our token. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

export class ItemBusyError extends Error {}

export function redisItemLocks(redis: LockRedis, options: RedisLockOptions): ItemLocks {
  const local = localItemLocks();
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));

  async function acquire(name: string, token: string, item: string): Promise<void> {
    const deadline = now() + options.waitMs;
    let pause = options.pollMs;
    let waited = false;
    while ((await redis.set(name, token, "PX", options.ttlMs, "NX")) !== "OK") {
      if (!waited) {
        waited = true;
        options.log.info(`${item} is being worked on by another wgbot instance: waiting for it to finish.`);
      }
      if (now() >= deadline) {
        const seconds = Math.round(options.waitMs / 1000);
        const message = `${item} is still being worked on by another wgbot instance after ${seconds} s of waiting: this delivery was not handled. Redeliver it from the App's advanced settings (Recent Deliveries) once that run has finished; if this repeats, look for a stuck instance.`;
        options.log.warn(message);
        throw new ItemBusyError(message);
      }
      await sleep(pause);
      pause = Math.min(pause * 2, 1_000);
    }
  }

  async function held<T>(item: string, work: () => Promise<T>): Promise<T> {
    const name = KEY_PREFIX + item;
    const token = randomUUID();
    await acquire(name, token, item);
    const renewal = setInterval(
      () => {
        redis.eval(RENEW, 1, name, token, options.ttlMs).catch(() => {});
      },
      Math.max(1, Math.floor(options.ttlMs / 3)),
    );
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // A release that fails leaves the lock to expire after ttlMs: the next delivery waits, nothing is lost.
      await redis.eval(RELEASE, 1, name, token).catch((error: Error) => {
        options.log.warn(`Could not release the lock on ${item} (${error.message}); it expires by itself.`);
      });
    }
  }

  return { run: (item, work) => local.run(item, () => held(item, work)) };
}
