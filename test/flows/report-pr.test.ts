/**
 * The report pull request flow's pure rounds (src/flows/report-pr.ts `reportPrRounds`): `decide`, `writes` and
 * `report` on plain state, no HTTP. A pull request that changes governance files gets one check run per result
 * (none when wgbot's latest run already says it) and its labels; one that no longer changes any only loses the
 * labels wgbot set.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.ts";
import type { ChangedFile } from "../../src/decide/report-pr.ts";
import { reportPrRounds as rounds } from "../../src/flows/report-pr.ts";
import type { ExistingCheckRun } from "../../src/model/write.ts";
import { classifyPath } from "../../src/repo/paths.ts";
import { CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";
import { NOW } from "../support/probot.ts";

type State = Parameters<typeof rounds.decide>[0];
const { config } = loadConfig(CONFIG);
const HEAD = "c".repeat(40);

function changed(path: string, head: string | undefined, status = "added"): ChangedFile {
  const where = classifyPath(path, "workgroups");
  if (!where) throw new Error(`${path} is no governance path`);
  return { path, status, where, ...(head === undefined ? {} : { head }) };
}

function state(files: ChangedFile[], labels: string[] = [], existing?: ExistingCheckRun): State {
  return {
    input: {
      config,
      pull: { number: 40, author: "alice", labels, headSha: HEAD, baseRef: "main" },
      files,
      baseCharters: new Map([["packaging", charterYaml({ slug: "packaging", start: "2026-06-01" })]]),
    },
    existing,
  };
}

const REPORT = changed(
  "workgroups/packaging/reports/2026-10.yml",
  reportYaml({ workgroup: "packaging", period: "2026-10" }),
);
const BROKEN = changed("workgroups/packaging/reports/2026-11.yml", "workgroup: packaging\nperiod: [\n");

describe("decide", () => {
  it("passes a valid report, labelled as the work group's report", () => {
    const plan = rounds.decide(state([REPORT]), NOW);
    expect(plan.checkRun).toMatchObject({ headSha: HEAD, conclusion: "success" });
    expect(plan.labels).toEqual(expect.arrayContaining(["kind/report", "wg/packaging"]));
    expect(plan.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("fails a broken one, with its problems in the check run", () => {
    const plan = rounds.decide(state([BROKEN]), NOW);
    expect(plan.checkRun.conclusion).toBe("failure");
    expect(plan.checkRun.annotations.length).toBeGreaterThan(0);
    expect(plan.problems.some((p) => p.file === BROKEN.path && p.severity === "error")).toBe(true);
  });
});

describe("writes", () => {
  it("a check run first, then the labels", () => {
    const s = state([REPORT], ["documentation"]);
    const plan = rounds.decide(s, NOW);
    const writes = rounds.writes(plan, s);
    expect(writes.map((w) => w.kind)).toEqual(["create-check-run", "add-labels"]);
    expect(writes[0]).toEqual({ kind: "create-check-run", ...plan.checkRun });
    expect(writes[1]).toEqual({
      kind: "add-labels",
      issue: 40,
      labels: plan.labels.filter((l) => l !== "documentation"),
    });
  });

  it("no check run when wgbot's latest one on the head already says the same", () => {
    const plan = rounds.decide(state([REPORT]), NOW);
    const { checkRun } = plan;
    const existing: ExistingCheckRun = {
      id: 7,
      status: "completed",
      conclusion: checkRun.conclusion,
      output: {
        title: checkRun.title,
        summary: checkRun.summary,
        annotations_count: checkRun.annotations.length,
      },
    };
    const s = state([REPORT], plan.labels, existing);
    expect(rounds.writes(rounds.decide(s, NOW), s)).toEqual([]);
    // A result that changed on the same head is a new run.
    const changedResult = state([REPORT], plan.labels, {
      ...existing,
      output: { ...existing.output, summary: "old" },
    });
    expect(rounds.writes(rounds.decide(changedResult, NOW), changedResult).map((w) => w.kind)).toEqual([
      "create-check-run",
    ]);
  });

  it("a pull request that no longer changes a governance file only loses the labels wgbot set", () => {
    const s = state([], ["kind/report", "wg/packaging", "documentation"]);
    const plan = rounds.decide(s, NOW);
    expect(rounds.writes(plan, s)).toEqual([
      { kind: "remove-label", issue: 40, label: "kind/report" },
      { kind: "remove-label", issue: 40, label: "wg/packaging" },
    ]);
  });
});

describe("report", () => {
  it("is the plan's summary and problems, or says no governance file changed", () => {
    const s = state([BROKEN]);
    const plan = rounds.decide(s, NOW);
    expect(rounds.report(plan, s)).toEqual({
      flow: "report-pr",
      summary: plan.summary,
      plan,
      problems: plan.problems,
    });
    const none = state([]);
    expect(rounds.report(rounds.decide(none, NOW), none)).toEqual({
      flow: "report-pr",
      summary: "PR #40 changes no governance file",
    });
  });
});
