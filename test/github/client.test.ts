/**
 * Both GitHub clients — createGitHub (the Action, the CLI) and wgbotProbotOctokit (the App) — against the loopback
 * fake GitHub, on a short clock: a request that hangs is abandoned after the time limit and retried, a secondary
 * rate limit is retried a bounded number of times, and writes pass the throttle one at a time, in order, spaced.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHub, type GitHub } from "../../src/github/client.ts";
import { MAX_RATE_LIMIT_RETRIES, type Timing } from "../../src/github/limits.ts";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";
import { FakeGitHub } from "../support/fake-github.ts";

const TIMING: Timing = { secondMs: 1, requestTimeoutMs: 300 };
const ISSUE = /^\/repos\/psf\/governance\/issues\/1$/;
const SECONDARY = { message: "You have exceeded a secondary rate limit. Please wait a few minutes." };

let fake: FakeGitHub;
let clients = 0;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.addIssue({ title: "Grant request", body: "(answers)" });
});
afterEach(() => fake.stop());

const CLIENTS: [string, (timing: Timing) => GitHub][] = [
  [
    "createGitHub",
    (timing) =>
      createGitHub({
        token: "ghs_test",
        baseUrl: fake.url,
        timing,
        throttleId: `client-test-${++clients}`,
        log: { warn() {} },
      }),
  ],
  [
    "wgbotProbotOctokit",
    (timing) => {
      const Octokit = wgbotProbotOctokit({ timing });
      return new Octokit({ auth: { token: "ghs_test" }, baseUrl: fake.url }) as unknown as GitHub;
    },
  ],
];

const attempts = (path: RegExp, method = "GET") =>
  fake.requests.filter((r) => r.method === method && path.test(r.path)).length;

describe.each(CLIENTS)("%s", (_name, client) => {
  const read = (github: GitHub) =>
    github.rest.issues.get({ owner: "psf", repo: "governance", issue_number: 1 });

  it("abandons a request that gets no answer within the time limit, and retries it", {
    timeout: 5_000,
  }, async () => {
    // The fake would answer after a minute: only abandoning the request ends this test in time.
    fake.faults = [{ method: "GET", path: ISSUE, status: 504, times: 1, delayMs: 60_000 }];
    const started = performance.now();
    const { data } = await read(client(TIMING));
    expect(data.title).toBe("Grant request");
    expect(attempts(ISSUE)).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(TIMING.requestTimeoutMs);
  });

  it("retries a 5xx 3 times, then fails", async () => {
    fake.faults = [{ method: "GET", path: ISSUE, status: 502, times: 99 }];
    await expect(read(client(TIMING))).rejects.toMatchObject({ status: 502 });
    expect(attempts(ISSUE)).toBe(4);
  });

  it(`retries a secondary rate limit ${MAX_RATE_LIMIT_RETRIES} times, then fails`, async () => {
    fake.faults = [
      {
        method: "GET",
        path: ISSUE,
        status: 403,
        times: 99,
        headers: { "retry-after": "1" },
        body: SECONDARY,
      },
    ];
    await expect(read(client(TIMING))).rejects.toMatchObject({ status: 403 });
    expect(attempts(ISSUE)).toBe(MAX_RATE_LIMIT_RETRIES + 1);
  });

  it("sends writes one at a time, in order, a second apart", async () => {
    const second = 40;
    const github = client({ ...TIMING, secondMs: second });
    const labels = ["a", "b", "c", "d"];
    const started = performance.now();
    await Promise.all(
      labels.map((name) =>
        github.rest.issues.addLabels({ owner: "psf", repo: "governance", issue_number: 1, labels: [name] }),
      ),
    );
    const sent = fake.requests
      .filter((r) => r.method === "POST")
      .map((r) => (r.body as { labels: string[] }).labels);
    expect(sent).toEqual(labels.map((name) => [name]));
    expect(performance.now() - started).toBeGreaterThanOrEqual((labels.length - 1) * second);
  });
});
