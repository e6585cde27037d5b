/**
 * The sweep's read of the whole governance repository (src/gather/governance.ts) against the loopback fake GitHub:
 * one GraphQL query whatever the number of work groups (two when the config moves the work groups folder), the
 * charters' text and only the names of the reports; a charter GitHub could not send whole is a problem, not a
 * missing charter.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { gatherGovernance } from "../../src/gather/governance.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";
import { CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";
import { NOW } from "../support/probot.ts";

const gh = fakeGitHubForFile();
beforeEach(() => {
  gh.fake.files.clear();
});

const queries = () =>
  gh.fake.requests.map((r) => {
    expect(`${r.method} ${r.path}`).toBe("POST /graphql");
    return (r.body as { variables: Record<string, string> }).variables;
  });

function groups(count: number, folder = "workgroups"): void {
  for (let i = 0; i < count; i++) {
    const slug = `group${i}`;
    gh.fake.files.set(`${folder}/${slug}/charter.yml`, charterYaml({ slug, start: "2026-01-01" }));
    for (const month of ["2026-09", "2026-10"])
      gh.fake.files.set(
        `${folder}/${slug}/reports/${month}.yml`,
        reportYaml({ workgroup: slug, period: month }),
      );
  }
}

describe("gatherGovernance", () => {
  it("reads the config, every charter and the report names in one query, whatever the number of groups", async () => {
    gh.fake.files.set(".github/wgbot.yml", CONFIG);
    groups(30);
    // A report's content is not read: a broken one changes nothing here.
    gh.fake.files.set("workgroups/group0/reports/2026-11.yml", "{ not: yaml");
    const { state, requests, branch } = await gatherGovernance(gh.github, REPO, { now: NOW });
    expect(requests).toBe(1);
    expect(branch).toBe("main");
    expect(queries()).toEqual([
      { owner: "psf", name: "governance", config: "HEAD:.github/wgbot.yml", workgroups: "HEAD:workgroups" },
    ]);
    expect(state.config.reports.due_day).toBe(15); // from the file, not the preset alone
    expect(state.workgroups.size).toBe(30);
    const group0 = state.workgroups.get("group0");
    expect(group0?.charter?.slug).toBe("group0");
    expect([...(group0?.reports.keys() ?? [])].sort()).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(state.problems).toEqual([]);
    // The config, 30 charters and 61 report names.
    expect(state.checked).toBe(1 + 30 + 61);
  });

  it("reads the work groups folder the config names with a second query", async () => {
    gh.fake.files.set(".github/wgbot.yml", "preset: psf\npaths: { workgroups: groups }\n");
    groups(2, "groups");
    groups(1); // in the default folder, which this repository does not use
    const { state, requests } = await gatherGovernance(gh.github, REPO, { now: NOW });
    expect(requests).toBe(2);
    expect(queries().map((v) => v.workgroups)).toEqual(["HEAD:workgroups", "HEAD:groups"]);
    expect([...state.workgroups.keys()].sort()).toEqual(["group0", "group1"]);
    expect(state.workgroups.get("group1")?.charterPath).toBe("groups/group1/charter.yml");
  });

  it("reads at the ref it is given", async () => {
    gh.fake.branches.set(
      "next",
      gh.fake.commit(new Map([["workgroups/next/charter.yml", charterYaml({ slug: "next" })]])),
    );
    const { state } = await gatherGovernance(gh.github, REPO, { now: NOW, ref: "next" });
    expect(queries()[0]).toMatchObject({ config: "next:.github/wgbot.yml", workgroups: "next:workgroups" });
    expect([...state.workgroups.keys()]).toEqual(["next"]);
  });

  it("an empty repository is the preset and no work group", async () => {
    const { state, requests } = await gatherGovernance(gh.github, REPO, { now: NOW });
    expect(requests).toBe(1);
    expect(state.workgroups.size).toBe(0);
    expect(state.config.paths.workgroups).toBe("workgroups");
  });

  it("a charter GitHub truncated or could not give as text is unreadable, and still found", async () => {
    const entry = (name: string, text: string | null, isTruncated: boolean) => ({
      name,
      type: "tree",
      object: { entries: [{ name: "charter.yml", type: "blob", object: { text, isTruncated } }] },
    });
    gh.fake.faults = [
      {
        method: "POST",
        path: /^\/graphql$/,
        status: 200,
        times: 1,
        body: {
          data: {
            repository: {
              defaultBranchRef: { name: "trunk" },
              config: null,
              workgroups: {
                entries: [
                  entry("cut", "slug: cu", true),
                  entry("binary", null, false),
                  { name: "README.md", type: "blob", object: { text: "hi", isTruncated: false } },
                ],
              },
            },
          },
        },
      },
    ];
    const { state, branch } = await gatherGovernance(gh.github, REPO, { now: NOW });
    expect(branch).toBe("trunk");
    expect([...state.workgroups.keys()].sort()).toEqual(["binary", "cut"]);
    expect(state.workgroups.get("cut")?.charterFound).toBe(true);
    expect(state.workgroups.get("cut")?.charter).toBeUndefined();
    expect(state.problems.map((p) => [p.file, p.code])).toEqual([
      ["workgroups/cut/charter.yml", "repo.unreadable"],
      ["workgroups/binary/charter.yml", "repo.unreadable"],
    ]);
  });

  it("fails when GitHub has no such repository", async () => {
    await expect(
      gatherGovernance(gh.github, { owner: "psf", repo: "elsewhere" }, { now: NOW }),
    ).rejects.toThrow("GitHub: repository psf/elsewhere not found");
  });
});
