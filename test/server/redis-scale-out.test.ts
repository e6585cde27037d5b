/**
 * Scale-out, proven: a real Redis and two server instances (the current sources' build, as deployed) with the same
 * REDIS_URL, their GitHub the loopback fake. Two deliveries about one issue, one to each instance at the same
 * moment, never both write: one instance holds the item while its flow runs, the other waits, then reads what the
 * first wrote and writes nothing. Both instances throttle through one rate limiter in Redis (Octokit's throttling
 * plugin, clustered by Bottleneck): each registers as a client of the same limiters.
 */
import { createHmac } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";
import { issuesEvent } from "../support/payloads.ts";
import { REDIS_SERVER, type RedisProcess, startRedis } from "../support/redis-server.ts";
import { serverBuild } from "../support/server-build.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";

const SECRET = "the scale-out tests' secret";

let delivery = 0;
function post(server: ServerProcess, event: { name: string; payload: unknown }): Promise<Response> {
  const body = JSON.stringify(event.payload);
  return fetch(`${server.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event.name,
      "x-github-delivery": `scale-out-${++delivery}`,
      "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
    },
    body,
  });
}

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!REDIS_SERVER)("two instances sharing one Redis", () => {
  let redis: RedisProcess;
  let fake: FakeGitHub;
  let servers: ServerProcess[];
  beforeAll(async () => {
    [redis, fake] = await Promise.all([startRedis(), new FakeGitHub().start()]);
    fake.files.set(".github/wgbot.yml", "preset: psf\n");
    const dir = await serverBuild();
    const env = {
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY: testPrivateKey(),
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: new URL(fake.url).host,
      GHE_PROTOCOL: "http",
      LOG_FORMAT: "json",
      REDIS_URL: redis.url,
    };
    servers = await Promise.all([
      startServerProcess(env, { cwd: dir }),
      startServerProcess(env, { cwd: dir }),
    ]);
  }, 40_000);
  afterAll(async () => {
    await Promise.all((servers ?? []).map((s) => s.stop()));
    await fake?.stop();
    await redis?.stop();
  });
  beforeEach(() => fake.reset());

  it("say so when they start", () => {
    for (const server of servers ?? [])
      expect(server.output()).toContain(`sharing rate limits and item locks through ${redis.url}`);
  });

  it("two deliveries about one issue, one to each instance at once: one writes, the other waits and writes nothing", async () => {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const send = () =>
      Promise.all([post(a, issuesEvent(fake, "opened", issue)), post(b, issuesEvent(fake, "edited", issue))]);
    expect((await send()).map((r) => r.status)).toEqual([200, 200]);
    const path = `/repos/psf/governance/issues/${issue.number}`;
    expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${path}/labels`,
      `POST ${path}/comments`,
    ]);
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant", "status/grants-wg-review"]);
    // One of them found the item taken and waited for it.
    const waited = [a, b].filter((s) =>
      s.output().includes(`psf/governance#${issue.number} is being worked on by another wgbot instance`),
    );
    expect(waited).toHaveLength(1);

    // The same two deliveries again: nothing left to write.
    fake.reset();
    expect((await send()).map((r) => r.status)).toEqual([200, 200]);
    expect(fake.writeLog).toEqual([]);
  }, 40_000);

  it("throttle their writes through one shared limiter", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const one = fake.addIssue({
      title: "Grant",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const two = fake.addIssue({
      title: "Grant",
      body: grantBody({ start_date: day(160), end_date: day(162) }),
      labels: [{ name: "kind/grant" }],
    });
    expect(
      (
        await Promise.all([
          post(a, issuesEvent(fake, "opened", one)),
          post(b, issuesEvent(fake, "opened", two)),
        ])
      ).map((r) => r.status),
    ).toEqual([200, 200]);
    expect(fake.writes.length).toBe(4);
    // Bottleneck's cluster: every instance registers as a client of the limiter it schedules through. One limiter
    // for writes, with both instances as its clients, is one rate limit for the two.
    const client = new Redis(redis.url);
    try {
      const writeLimiters = (await client.keys("b_octokit-write-*_client_last_seen")).sort();
      expect(writeLimiters).toHaveLength(1);
      expect(await client.zcard(writeLimiters[0] as string)).toBe(2);
    } finally {
      await client.quit();
    }
  }, 40_000);
});
