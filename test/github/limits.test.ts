/**
 * The production times and counts the docs promise (docs/reliability.md), which the fault matrix runs shortened:
 * here they are pinned, and both clients are shown to use them when a caller does not say otherwise.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGitHub } from "../../src/github/client.ts";
import {
  MAX_RATE_LIMIT_RETRIES,
  PRODUCTION_TIMING,
  REQUEST_TIMEOUT_MS,
  RETRIES,
  retryOptions,
  throttleOptions,
  timedFetch,
} from "../../src/github/limits.ts";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";
import { FakeGitHub } from "../support/fake-github.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("production limits", () => {
  it("are GitHub's: 15 s per request, 3 retries after a 5xx, 2 after a rate limit, 1 s per second", () => {
    expect(REQUEST_TIMEOUT_MS).toBe(15_000);
    expect(RETRIES).toBe(3);
    expect(MAX_RATE_LIMIT_RETRIES).toBe(2);
    expect(PRODUCTION_TIMING).toEqual({ secondMs: 1000, requestTimeoutMs: 15_000 });
    expect(retryOptions()).toEqual({ retries: 3, retryAfterBaseValue: 1000 });
  });

  it("leave the throttling plugin its own spacing of writes (1 s; 3 s for notifications)", () => {
    const throttle = throttleOptions({ warn() {} });
    expect(throttle.retryAfterBaseValue).toBe(1000);
    expect(Object.keys(throttle).sort()).toEqual([
      "onRateLimit",
      "onSecondaryRateLimit",
      "retryAfterBaseValue",
    ]);
    // A shorter clock brings groups of its own, spaced in its seconds.
    expect(
      Object.keys(throttleOptions({ warn() {} }, { secondMs: 5, requestTimeoutMs: 100 })).sort(),
    ).toEqual([
      "notifications",
      "onRateLimit",
      "onSecondaryRateLimit",
      "retryAfterBaseValue",
      "search",
      "write",
    ]);
  });

  it(`give up on a rate limit after ${MAX_RATE_LIMIT_RETRIES} retries, and say so`, () => {
    const warnings: string[] = [];
    const { onSecondaryRateLimit } = throttleOptions({ warn: (m) => warnings.push(m) });
    const request = { method: "GET", url: "/repos/{owner}/{repo}" };
    expect([0, 1, 2].map((count) => onSecondaryRateLimit(1, request, undefined, count))).toEqual([
      true,
      true,
      false,
    ]);
    expect(warnings.at(-1)).toBe(
      "Secondary rate limit on GET /repos/{owner}/{repo}; giving up after retries.",
    );
  });
});

describe("clients built without a timing", () => {
  it.each([
    ["createGitHub", (url: string) => createGitHub({ token: "ghs_test", baseUrl: url, log: { warn() {} } })],
    [
      "wgbotProbotOctokit",
      (url: string) => {
        const Octokit = wgbotProbotOctokit();
        return new Octokit({ auth: { token: "ghs_test" }, baseUrl: url });
      },
    ],
  ])("%s: each request gets 15 s, and a 5xx is retried after 1 s", async (_name, build) => {
    const timeouts = vi.spyOn(AbortSignal, "timeout");
    const fake = await new FakeGitHub().start();
    try {
      fake.addIssue({ title: "Grant request", body: "(answers)" });
      fake.faults = [{ method: "GET", path: /\/issues\/1$/, status: 502, times: 1 }];
      const started = performance.now();
      await build(fake.url).request("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        owner: "psf",
        repo: "governance",
        issue_number: 1,
      });
      expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
      expect(timeouts.mock.calls).toEqual([[15_000], [15_000]]);
    } finally {
      await fake.stop();
    }
  });
});

describe("timedFetch", () => {
  it("keeps the caller's signal: an abort from the caller still ends the request", async () => {
    const base = vi.fn((_input: string | URL | Request, init?: RequestInit) => {
      const signal = init?.signal as AbortSignal;
      return new Promise<Response>((_resolve, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason)),
      );
    });
    const caller = new AbortController();
    const pending = timedFetch(60_000, base)("http://127.0.0.1/", { signal: caller.signal });
    caller.abort(new Error("stopped by the caller"));
    await expect(pending).rejects.toThrow("stopped by the caller");
  });

  it("abandons a request after its time, with a TimeoutError (Octokit reports it as a 500, retried)", async () => {
    const base = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    await expect(timedFetch(20, base)("http://127.0.0.1/")).rejects.toMatchObject({ name: "TimeoutError" });
  });
});
