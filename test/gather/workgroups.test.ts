/**
 * The work groups' reads (src/gather/workgroups.ts) against the loopback fake GitHub: the existing slugs from one
 * folder listing, and many files' text in one GraphQL query per 500 files, paths as variables only; a file missing,
 * binary or truncated is left out.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { gatherFileTexts, gatherWorkgroupSlugs } from "../../src/gather/workgroups.ts";
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
  fake.files.clear();
});

const graphqlBodies = () =>
  fake.requests
    .filter((r) => r.path === "/graphql")
    .map((r) => r.body as { query: string; variables: Record<string, string> });

describe("gatherWorkgroupSlugs", () => {
  it("lists the folders under the work groups folder, not the files, in one request", async () => {
    fake.files.set("workgroups/packaging/charter.yml", "slug: packaging\n");
    fake.files.set("workgroups/docs/reports/2026-10.yml", "x\n");
    fake.files.set("workgroups/README.md", "The work groups\n");
    expect(await gatherWorkgroupSlugs(github, REPO, PRESETS.psf)).toEqual(new Set(["docs", "packaging"]));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /repos/psf/governance/contents/workgroups",
    ]);
  });

  it("reads the folder the config names", async () => {
    fake.files.set("groups/typing/charter.yml", "slug: typing\n");
    const config = { ...PRESETS.psf, paths: { ...PRESETS.psf.paths, workgroups: "groups" } };
    expect(await gatherWorkgroupSlugs(github, REPO, config)).toEqual(new Set(["typing"]));
    expect(fake.requests.map((r) => r.path)).toEqual(["/repos/psf/governance/contents/groups"]);
  });

  it("is empty when there is no such folder, or it is a file; fails on other answers", async () => {
    expect(await gatherWorkgroupSlugs(github, REPO, PRESETS.psf)).toEqual(new Set());
    fake.files.set("workgroups", "not a folder\n");
    expect(await gatherWorkgroupSlugs(github, REPO, PRESETS.psf)).toEqual(new Set());
    fake.faults = [{ method: "GET", path: /contents/, status: 502, times: 1 }];
    await expect(gatherWorkgroupSlugs(github, REPO, PRESETS.psf)).rejects.toMatchObject({ status: 502 });
  });
});

describe("gatherFileTexts", () => {
  it("reads the files on HEAD in one query, the paths as variables and never in the query's text", async () => {
    const odd = 'workgroups/a"b}/reports/2026-10.yml';
    fake.files.set("workgroups/packaging/reports/2026-10.yml", "period: 2026-10\n");
    fake.files.set(odd, "period: odd\n");
    const texts = await gatherFileTexts(github, REPO, ["workgroups/packaging/reports/2026-10.yml", odd]);
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
    fake.branches.set("next", fake.commit(new Map([["a.yml", "on next\n"]])));
    expect(await gatherFileTexts(github, REPO, ["a.yml"], "next")).toEqual(new Map([["a.yml", "on next\n"]]));
    expect(graphqlBodies()[0]?.variables.f0).toBe("next:a.yml");
  });

  it("leaves out a missing file, a binary one and one GitHub truncated", async () => {
    fake.files.set("text.yml", "text\n");
    (fake.files as Map<string, unknown>).set("binary.yml", new Uint8Array([1, 0, 2]));
    expect(await gatherFileTexts(github, REPO, ["text.yml", "binary.yml", "missing.yml"])).toEqual(
      new Map([["text.yml", "text\n"]]),
    );
    // GitHub's answer for a blob too large to send whole (the in-memory GitHub never truncates).
    fake.faults = [
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
    expect(await gatherFileTexts(github, REPO, ["long.yml", "short.yml"])).toEqual(
      new Map([["short.yml", "whole\n"]]),
    );
  });

  it("asks one query per 500 files, and none for no file", async () => {
    expect(await gatherFileTexts(github, REPO, [])).toEqual(new Map());
    expect(fake.requests).toEqual([]);
    const paths = Array.from({ length: 1001 }, (_, i) => `workgroups/g${i}/reports/2026-10.yml`);
    for (const path of paths) fake.files.set(path, `${path}\n`);
    const texts = await gatherFileTexts(github, REPO, paths);
    expect(texts.size).toBe(1001);
    expect(texts.get(paths[1000] as string)).toBe(`${paths[1000]}\n`);
    expect(graphqlBodies().map((b) => Object.keys(b.variables).length - 2)).toEqual([500, 500, 1]);
  });
});
