/**
 * The retry limits themselves, with the production settings: how many times each kind of failure is tried, how
 * long it takes, and that every one ends (the delivery fails, to be redelivered) instead of trying forever. Counts
 * come from the fake's record of requests; one request of a grant request's flow fails in each test.
 */
import { describe, expect, it } from "vitest";
import { REQUEST_TIMEOUT_MS } from "../../src/github/client.ts";
import type { Fault } from "../support/fake-github.ts";
import { type Scenario, World } from "./harness.ts";
import { REQUEST, SWEEP } from "./scenarios.ts";

const CONFIG = /\/contents\/\.github%2Fwgbot\.yml$/;
const SECONDARY = { message: "You have exceeded a secondary rate limit. Please wait a few minutes." };

async function failing(scenario: Scenario, fault: Fault, counted: RegExp, method = fault.method) {
  const world = await World.create(scenario);
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

describe.concurrent("retry limits (production settings)", () => {
  it("a 5xx on every attempt: 4 attempts, 1 + 4 + 9 s apart, then the delivery fails", {
    timeout: 60_000,
  }, async () => {
    const r = await failing(REQUEST, { method: "GET", path: CONFIG, status: 500, times: 99 }, CONFIG);
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(4);
    expect(r.ms).toBeGreaterThan(13_500);
    expect(r.ms).toBeLessThan(25_000);
  });

  it("a secondary rate limit (403, retry-after: 1) on every attempt: 3 attempts, then the delivery fails", {
    timeout: 60_000,
  }, async () => {
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
    expect(r.ms).toBeGreaterThan(1_900);
    expect(r.ms).toBeLessThan(10_000);
  });

  it("a 403 that is not a rate limit (a missing permission) is not retried", {
    timeout: 60_000,
  }, async () => {
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

  it("a 429 on every attempt ends too, after a bounded number of attempts", { timeout: 90_000 }, async () => {
    const plain = await failing(
      REQUEST,
      { method: "GET", path: CONFIG, status: 429, times: 99, body: { message: "Too many requests" } },
      CONFIG,
    );
    expect(plain.error).toBeDefined();
    expect(plain.attempts).toBe(4);
    // With a secondary-limit message, both plugins retry in turn (2 + 3): still bounded, under a minute.
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
    expect(secondary.attempts).toBeLessThanOrEqual(6);
    expect(secondary.ms).toBeLessThan(60_000);
  });

  it(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s: the request is abandoned and retried`, {
    timeout: 60_000,
  }, async () => {
    const r = await failing(
      REQUEST,
      { method: "GET", path: CONFIG, status: 504, times: 1, delayMs: REQUEST_TIMEOUT_MS + 5_000 },
      CONFIG,
    );
    expect(r.error).toBeUndefined();
    expect(r.attempts).toBe(2);
    expect(r.ms).toBeGreaterThan(REQUEST_TIMEOUT_MS);
    expect(r.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 5_000);
  });

  it("a create failing on every attempt: 4 attempts, each after looking whether the last one landed", {
    timeout: 60_000,
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

  it("the Action's client (createGitHub) has the same limits: the sweep's GraphQL read, 4 attempts", {
    timeout: 60_000,
  }, async () => {
    const r = await failing(SWEEP, { method: "POST", path: /graphql$/, status: 500, times: 99 }, /graphql$/);
    expect(r.error).toBeDefined();
    expect(r.attempts).toBe(4);
  });
});
