/**
 * The work groups' reads (src/gather/workgroups.ts) against the loopback fake GitHub: the existing slugs from one
 * folder listing, and many files' text in one GraphQL query per 500 files, paths as variables only; a file missing,
 * binary or truncated is left out.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { gatherFileTexts, gatherWorkgroupSlugs } from "../../src/gather/workgroups.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();
beforeEach(() => {
  gh.fake.files.clear();
});

const graphqlBodies = () =>
  gh.fake.requests
    .filter((r) => r.path === "/graphql")
    .map((r) => r.body as { query: string; variables: Record<string, string> });

describe("gatherWorkgroupSlugs", () => {
  it("lists the folders under the work groups folder, not the files, in one request", async () => {
    gh.fake.files.set("workgroups/packaging/charter.yml", "slug: packaging\n");
    gh.fake.files.set("workgroups/docs/reports/2026-10.yml", "x\n");
    gh.fake.files.set("workgroups/README.md", "The work groups\n");
    expect(await gatherWorkgroupSlugs(gh.github, REPO, PRESETS.psf)).toEqual(new Set(["docs", "packaging"]));
    expect(gh.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /repos/psf/governance/contents/workgroups",
    ]);
  });

  it("reads the folder the config names", async () => {
    gh.fake.files.set("groups/typing/charter.yml", "slug: typing\n");
    const config = { ...PRESETS.psf, paths: { ...PRESETS.psf.paths, workgroups: "groups" } };
    expect(await gatherWorkgroupSlugs(gh.github, REPO, config)).toEqual(new Set(["typing"]));
    expect(gh.fake.requests.map((r) => r.path)).toEqual(["/repos/psf/governance/contents/groups"]);
  });

  it("is empty when there is no such folder, or it is a file; fails on other answers", async () => {
    expect(await gatherWorkgroupSlugs(gh.github, REPO, PRESETS.psf)).toEqual(new Set());
    gh.fake.files.set("workgroups", "not a folder\n");
    expect(await gatherWorkgroupSlugs(gh.github, REPO, PRESETS.psf)).toEqual(new Set());
    gh.fake.faults = [{ method: "GET", path: /contents/, status: 502, times: 1 }];
    await expect(gatherWorkgroupSlugs(gh.github, REPO, PRESETS.psf)).rejects.toMatchObject({ status: 502 });
  });
});

describe("gatherFileTexts", () => {
  it("reads the files on HEAD in one query, the paths as variables and never in the query's text", async () => {
    const odd = 'workgroups/a"b}/reports/2026-10.yml';
    gh.fake.files.set("workgroups/packaging/reports/2026-10.yml", "period: 2026-10\n");
    gh.fake.files.set(odd, "period: odd\n");
    const texts = await gatherFileTexts(gh.github, REPO, ["workgroups/packaging/reports/2026-10.yml", odd]);
    expect(texts).toEqual(
      new Map([
        ["workgroups/packaging/reports/2026-10.yml", "period: 2026-10\n"],
        [odd, "period: odd\n"],
      ]),
    );
    const [body, ...more] = graphqlBodies();
    expect(more).toEqual([]);
    expect(body?.variables).toEqual({
      owner: "psf",
      name: "governance",
      f0: "HEAD:workgroups/packaging/reports/2026-10.yml",
      f1: `HEAD:${odd}`,
    });
    expect(body?.query).not.toContain("workgroups");
  });

  it("reads at the ref it is given", async () => {
    gh.fake.branches.set("next", gh.fake.commit(new Map([["a.yml", "on next\n"]])));
    expect(await gatherFileTexts(gh.github, REPO, ["a.yml"], "next")).toEqual(
      new Map([["a.yml", "on next\n"]]),
    );
    expect(graphqlBodies()[0]?.variables.f0).toBe("next:a.yml");
  });

  it("leaves out a missing file, a binary one and one GitHub truncated", async () => {
    gh.fake.files.set("text.yml", "text\n");
    (gh.fake.files as Map<string, unknown>).set("binary.yml", new Uint8Array([1, 0, 2]));
    expect(await gatherFileTexts(gh.github, REPO, ["text.yml", "binary.yml", "missing.yml"])).toEqual(
      new Map([["text.yml", "text\n"]]),
    );
    // GitHub's answer for a blob too large to send whole (the in-memory GitHub never truncates).
    gh.fake.faults = [
      {
        method: "POST",
        path: /^\/graphql$/,
        status: 200,
        times: 1,
        body: {
          data: {
            repository: {
              f0: { text: "cut sh", isTruncated: true },
              f1: { text: "whole\n", isTruncated: false },
            },
          },
        },
      },
    ];
    expect(await gatherFileTexts(gh.github, REPO, ["long.yml", "short.yml"])).toEqual(
      new Map([["short.yml", "whole\n"]]),
    );
  });

  it("asks one query per 500 files, and none for no file", async () => {
    expect(await gatherFileTexts(gh.github, REPO, [])).toEqual(new Map());
    expect(gh.fake.requests).toEqual([]);
    const paths = Array.from({ length: 1001 }, (_, i) => `workgroups/g${i}/reports/2026-10.yml`);
    for (const path of paths) gh.fake.files.set(path, `${path}\n`);
    const texts = await gatherFileTexts(gh.github, REPO, paths);
    expect(texts.size).toBe(1001);
    expect(texts.get(paths[1000] as string)).toBe(`${paths[1000]}\n`);
    expect(graphqlBodies().map((b) => Object.keys(b.variables).length - 2)).toEqual([500, 500, 1]);
  });
});
