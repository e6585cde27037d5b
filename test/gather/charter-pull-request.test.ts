/**
 * What opening a one-file pull request reads first (src/gather/charter-pull-request.ts), against the loopback fake
 * GitHub: the commit a branch points at (none when there is no such branch) and the default branch. (`pullStates`
 * is being reworked elsewhere; it is tested end to end with the charter and ledger pull requests.)
 */
import { describe, expect, it } from "vitest";
import { gatherDefaultBranch, refSha } from "../../src/gather/charter-pull-request.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();

describe("refSha", () => {
  it("is the commit a branch points at, in one request; undefined for no such branch", async () => {
    const sha = gh.fake.commit(new Map([["a.yml", "x\n"]]));
    gh.fake.branches.set("wgbot/charter-docs", sha);
    expect(await refSha(gh.github, REPO, "heads/wgbot/charter-docs")).toBe(sha);
    expect(await refSha(gh.github, REPO, "heads/wgbot/none")).toBeUndefined();
    expect(gh.fake.requests.map((r) => decodeURIComponent(r.path))).toEqual([
      "/repos/psf/governance/git/ref/heads/wgbot/charter-docs",
      "/repos/psf/governance/git/ref/heads/wgbot/none",
    ]);
  });

  it("fails on any other answer than 404", async () => {
    gh.fake.faults = [{ method: "GET", path: /\/git\/ref\//, status: 502, times: 1 }];
    await expect(refSha(gh.github, REPO, "heads/main")).rejects.toMatchObject({ status: 502 });
  });
});

describe("gatherDefaultBranch", () => {
  it("is the repository's default branch", async () => {
    gh.fake.defaultBranch = "trunk";
    expect(await gatherDefaultBranch(gh.github, REPO)).toBe("trunk");
    expect(gh.fake.requests.map((r) => r.path)).toEqual(["/repos/psf/governance"]);
    gh.fake.defaultBranch = "main";
  });
});
