/**
 * What opening a one-file pull request reads first (src/gather/charter-pull-request.ts), against the loopback fake
 * GitHub: the commit a branch points at (none when there is no such branch) and the default branch. (`pullStates`
 * is being reworked elsewhere; it is tested end to end with the charter and ledger pull requests.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gatherDefaultBranch, refSha } from "../../src/gather/charter-pull-request.ts";
import type { GitHub } from "../../src/github/client.ts";
import { clientFor, REPO } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";

let fake: FakeGitHub;
let github: GitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.reset();
  fake.faults = [];
});

describe("refSha", () => {
  it("is the commit a branch points at, in one request; undefined for no such branch", async () => {
    const sha = fake.commit(new Map([["a.yml", "x\n"]]));
    fake.branches.set("wgbot/charter-docs", sha);
    expect(await refSha(github, REPO, "heads/wgbot/charter-docs")).toBe(sha);
    expect(await refSha(github, REPO, "heads/wgbot/none")).toBeUndefined();
    expect(fake.requests.map((r) => decodeURIComponent(r.path))).toEqual([
      "/repos/psf/governance/git/ref/heads/wgbot/charter-docs",
      "/repos/psf/governance/git/ref/heads/wgbot/none",
    ]);
  });

  it("fails on any other answer than 404", async () => {
    fake.faults = [{ method: "GET", path: /\/git\/ref\//, status: 502, times: 1 }];
    await expect(refSha(github, REPO, "heads/main")).rejects.toMatchObject({ status: 502 });
  });
});

describe("gatherDefaultBranch", () => {
  it("is the repository's default branch", async () => {
    fake.defaultBranch = "trunk";
    expect(await gatherDefaultBranch(github, REPO)).toBe("trunk");
    expect(fake.requests.map((r) => r.path)).toEqual(["/repos/psf/governance"]);
    fake.defaultBranch = "main";
  });
});
