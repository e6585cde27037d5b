/**
 * Item locks through a real Redis (src/server/redis-locks.ts): SET NX PX with a token, a compare-and-delete
 * release, a bounded wait. The locks in one process are in test/router/item-locks.test.ts; the two-instance test
 * through the server is redis-scale-out.test.ts.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItemBusyError, redisItemLocks } from "../../src/server/redis-locks.ts";
import { REDIS_SERVER, type RedisProcess, startRedis } from "../support/redis-server.ts";

/** A promise and the function that settles it, to hold a run open until the test lets it go. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe.skipIf(!REDIS_SERVER)("through Redis", () => {
  let redis: RedisProcess;
  let client: Redis;
  let other: Redis;
  const warnings: string[] = [];
  const log = { info: () => {}, warn: (m: string) => warnings.push(m) };
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    other = new Redis(redis.url);
  }, 20_000);
  afterAll(async () => {
    await client?.quit();
    await other?.quit();
    await redis?.stop();
  });

  it("two instances (two connections) never run on one item at once", async () => {
    const started = gate();
    const waiting = gate();
    const one = redisItemLocks(client, { ttlMs: 10_000, waitMs: 10_000, pollMs: 5, log });
    const two = redisItemLocks(other, {
      ttlMs: 10_000,
      waitMs: 10_000,
      pollMs: 5,
      log,
      // The second instance found the item taken and pauses before trying again.
      sleep: async (ms) => {
        waiting.open();
        await new Promise((r) => setTimeout(r, ms));
      },
    });
    const order: string[] = [];
    const first = gate();
    const a = one.run("psf/governance#1", async () => {
      order.push("a starts");
      started.open();
      await first.opened;
      order.push("a ends");
    });
    await started.opened;
    const b = two.run("psf/governance#1", async () => {
      order.push("b runs");
    });
    await waiting.opened;
    expect(order).toEqual(["a starts"]);
    first.open();
    await Promise.all([a, b]);
    expect(order).toEqual(["a starts", "a ends", "b runs"]);
    expect(await client.exists("wgbot:item:psf/governance#1")).toBe(0);
  });

  it("gives up after the bounded wait with a line saying which item was busy, and leaves the holder's lock", async () => {
    await other.set("wgbot:item:psf/governance#2", "someone else", "PX", 10_000);
    let clock = 0;
    const locks = redisItemLocks(client, {
      ttlMs: 10_000,
      waitMs: 30_000,
      pollMs: 100,
      log,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    let ran = false;
    await expect(
      locks.run("psf/governance#2", async () => {
        ran = true;
      }),
    ).rejects.toThrow(ItemBusyError);
    expect(ran).toBe(false);
    expect(warnings.at(-1)).toBe(
      "psf/governance#2 is still being worked on by another wgbot instance after 30 s of waiting: this delivery was not handled. Redeliver it from the App's advanced settings (Recent Deliveries) once that run has finished; if this repeats, look for a stuck instance.",
    );
    expect(await client.get("wgbot:item:psf/governance#2")).toBe("someone else");
  });

  it("releases only its own lock: one that expired and was taken by another instance stays", async () => {
    const locks = redisItemLocks(client, { ttlMs: 10_000, waitMs: 1_000, pollMs: 5, log });
    await locks.run("psf/governance#3", async () => {
      // The lock expires and another instance takes it while this run is still going.
      await other.set("wgbot:item:psf/governance#3", "the next holder", "PX", 10_000);
    });
    expect(await client.get("wgbot:item:psf/governance#3")).toBe("the next holder");
  });

  it("renews the lock while a run outlasts its expiry, so no other instance takes the item mid-run", async () => {
    // Redis counts the expiry on its own clock, so this waits in real time: a short expiry keeps the wait short.
    const locks = redisItemLocks(client, { ttlMs: 400, waitMs: 1_000, pollMs: 5, log });
    await locks.run("psf/governance#5", async () => {
      // Two and a half expiries long: without renewal the lock would be gone (and another instance could take it).
      await new Promise((r) => setTimeout(r, 1_000));
      expect(
        await other.set("wgbot:item:psf/governance#5", "another instance", "PX", 1_000, "NX"),
      ).toBeNull();
    });
    expect(await client.exists("wgbot:item:psf/governance#5")).toBe(0);
  });

  it("holds the lock with an expiry, so a crashed instance's lock ends by itself", async () => {
    const locks = redisItemLocks(client, { ttlMs: 10_000, waitMs: 1_000, pollMs: 5, log });
    await locks.run("psf/governance#4", async () => {
      const ttl = await other.pttl("wgbot:item:psf/governance#4");
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(10_000);
    });
  });
});
