/**
 * The retry limits themselves, with the production plugins and counts: how many times each kind of failure is
 * tried, that the waits between tries are the plugins' (at least 1 + 4 + 9 "seconds"), and that every one ends
 * (the delivery fails, to be redelivered) instead of trying forever. Counts come from the fake's record of
 * requests; one request of a grant request's flow fails in each test. The clients' second lasts SECOND ms here
 * and a request is abandoned after TIMEOUT ms; test/github/ pins the production times.
 */
import { describe, expect, it } from "vitest";
import type { Timing } from "../../src/github/limits.ts";
import type { Fault } from "../support/fake-github.ts";
import { type Scenario, World } from "./harness.ts";
import { REQUEST, SWEEP } from "./scenarios.ts";

const CONFIG = /\/contents\/\.github%2Fwgbot\.yml$/;
const SECONDARY = { message: "You have exceeded a secondary rate limit. Please wait a few minutes." };

const SECOND = 20;
const TIMEOUT = 1_000;
const TIMING: Timing = { secondMs: SECOND, requestTimeoutMs: TIMEOUT };

async function failing(scenario: Scenario, fault: Fault, counted: RegExp, method = fault.method) {
  const world = await World.create(scenario, TIMING);
  try {
    world.fake.faults = [fault];
    const started = performance.now();
    const error = await world.deliver();
    const ms = performance.now() - started;
    const attempts = world.fake.requests.filter((r) => r.method === method && counted.test(r.path)).length;
    return { error, ms, attempts, requests: world.fake.requests.map((r) => `${r.method} ${r.path}`) };
  } finally {
    await world.stop();
  }
}

describe.concurrent("retry limits (production plugins and counts)", () => {
  it("a 5xx on every attempt: 4 attempts, 1 + 4 + 9 s apart, then the delivery fails", async () => {
    const r = await failing(REQUEST, { method: "GET", path: CONFIG, status: 500, times: 99 }, CONFIG);
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(4);
    expect(r.ms).toBeGreaterThanOrEqual(14 * SECOND);
  });

  it("a secondary rate limit (403, retry-after: 1) on every attempt: 3 attempts, then the delivery fails", async () => {
    const r = await failing(
      REQUEST,
      {
        method: "GET",
        path: CONFIG,
        status: 403,
        times: 99,
        headers: { "retry-after": "1" },
        body: SECONDARY,
      },
      CONFIG,
    );
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(3);
    expect(r.ms).toBeGreaterThanOrEqual(2 * SECOND);
  });

  it("a 403 that is not a rate limit (a missing permission) is not retried", async () => {
    const r = await failing(
      REQUEST,
      {
        method: "GET",
        path: CONFIG,
        status: 403,
        times: 99,
        body: { message: "Resource not accessible by integration" },
      },
      CONFIG,
    );
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(1);
  });

  it("a 429 on every attempt ends too, after a bounded number of attempts", async () => {
    const plain = await failing(
      REQUEST,
      { method: "GET", path: CONFIG, status: 429, times: 99, body: { message: "Too many requests" } },
      CONFIG,
    );
    expect(plain.error).toBeDefined();
    expect(plain.attempts).toBe(4);
    // With a secondary-limit message, both plugins retry in turn (2 + 3): still bounded.
    const secondary = await failing(
      REQUEST,
      {
        method: "GET",
        path: CONFIG,
        status: 429,
        times: 99,
        headers: { "retry-after": "1" },
        body: SECONDARY,
      },
      CONFIG,
    );
    expect(secondary.error).toBeDefined();
    expect(secondary.attempts).toBeGreaterThan(3);
    expect(secondary.attempts).toBeLessThanOrEqual(6);
  });

  it("no answer within the time limit: the request is abandoned and retried", {
    timeout: 10_000,
  }, async () => {
    // The fake would answer after a minute: only abandoning the request ends this test in time.
    const r = await failing(
      REQUEST,
      { method: "GET", path: CONFIG, status: 504, times: 1, delayMs: 60_000 },
      CONFIG,
    );
    expect(r.error).toBeUndefined();
    expect(r.attempts).toBe(2);
    expect(r.ms).toBeGreaterThanOrEqual(TIMEOUT);
  });

  it("a create failing on every attempt: 4 attempts, each after looking whether the last one landed", {
    timeout: 60_000, // apply/create-once.ts waits 1 + 4 + 9 "seconds" between them, on the harness's short clock
  }, async () => {
    const comments = /\/issues\/1\/comments$/;
    const r = await failing(REQUEST, { method: "POST", path: comments, status: 500, times: 99 }, comments);
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(4);
    // A new request has no comments, so the first request to the list is the create itself.
    const tail = r.requests.filter((x) => comments.test(x));
    expect(tail).toEqual([
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
    ]);
  });

  it("the Action's client (createGitHub) has the same limits: the sweep's GraphQL read, 4 attempts", async () => {
    const r = await failing(SWEEP, { method: "POST", path: /graphql$/, status: 500, times: 99 }, /graphql$/);
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(4);
  });
});
