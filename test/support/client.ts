/**
 * The real GitHub client (src/github/client.ts) pointed at a loopback fake GitHub, with no retries or throttling, and
 * a flow's context around it: for unit tests of single `gather/` modules and of the flows' runner, which drive the
 * same Octokit the runtimes use and mock only HTTP.
 */

import { afterAll, beforeAll, beforeEach } from "vitest";
import type { CoreContext } from "../../src/flows/context.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { type GitHub, WgbotOctokit } from "../../src/github/client.ts";
import { FakeGitHub } from "./fake-github.ts";

const quiet = () => {};

export const REPO = { owner: "psf", repo: "governance" };

export function clientFor(fake: FakeGitHub): GitHub {
  return new WgbotOctokit({
    auth: "ghs_test",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
    // Octokit logs every failed answer, a 404 that is an answer included; the tests assert on the failures.
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  }) as unknown as GitHub;
}

/** A flow's context on the fake: its client, psf/governance, `now`, a quiet log, wgbot's identity from the token. */
export function contextFor(
  fake: FakeGitHub,
  options: Partial<Omit<CoreContext, "github" | "repo">> & { now: Date },
): CoreContext {
  const github = clientFor(fake);
  return {
    github,
    repo: REPO,
    dryRun: false,
    log: { info() {}, warn() {} },
    self: tokenIdentity(github),
    ...options,
  };
}

/**
 * One fake GitHub and a client on it, for the tests of one file: started before them, its requests and faults
 * cleared before each, stopped after them. Read them as `gh.fake` and `gh.github` inside the tests.
 */
export function fakeGitHubForFile(): { readonly fake: FakeGitHub; readonly github: GitHub } {
  const held = {} as { fake: FakeGitHub; github: GitHub };
  beforeAll(async () => {
    held.fake = await new FakeGitHub().start();
    held.github = clientFor(held.fake);
  });
  afterAll(() => held.fake.stop());
  beforeEach(() => {
    held.fake.reset();
    held.fake.faults = [];
  });
  return held;
}
