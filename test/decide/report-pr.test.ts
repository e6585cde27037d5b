/** The pure decision for a report or charter pull request: problems, author rule, board routing, labels, check run. */
import { describe, expect, it } from "vitest";
import { checkRunWrites } from "../../src/apply/check-runs.ts";
import { PRESETS } from "../../src/config/presets.ts";
import { charterChanges } from "../../src/decide/base-charter.ts";
import { decideReportPr, ownsPullLabel, type ReportPrInput } from "../../src/decide/report-pr.ts";
import type { Charter } from "../../src/generated/charter.ts";
import { classifyPath } from "../../src/repo/paths.ts";
import { charterYaml, reportYaml } from "../support/governance-files.ts";

const config = PRESETS.psf;
const REPORT = "workgroups/packaging/reports/2026-10.yml";
const CHARTER = "workgroups/packaging/charter.yml";

function decide(
  changes: Record<string, string | null>,
  {
    author = "alice",
    labels = [] as string[],
    base = charterYaml({ slug: "packaging" }) as string | "none",
  } = {},
) {
  const input: ReportPrInput = {
    config,
    now: new Date("2026-11-21T12:00:00Z"),
    pull: { number: 7, author, labels, headSha: "a".repeat(40), baseRef: "main" },
    files: Object.entries(changes).map(([path, head]) => ({
      path,
      status: head === null ? "removed" : "modified",
      where: classifyPath(path, "workgroups") ?? { kind: "misplaced", reason: "", hint: "" },
      head: head ?? undefined,
    })),
    baseCharters: new Map([["packaging", base === "none" ? undefined : base]]),
  };
  return decideReportPr(input);
}

describe("decideReportPr", () => {
  it("accepts a report from a member, whatever the case of the login", () => {
    const plan = decide(
      { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) },
      { author: "Carol" },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.checkRun).toMatchObject({
      conclusion: "success",
      title: "1 report: no problems",
      annotations: [],
    });
    expect(plan.labels).toEqual(["kind/report", "wg/packaging"]);
  });

  it("cannot confirm the author when the base branch has no charter or a broken one", () => {
    const report = { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) };
    const none = decide(report, { base: "none" });
    expect(none.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      [
        "rule.no-charter",
        1,
        "There is no charter for `packaging` on `main`, so `alice` cannot be confirmed as a chair or member.",
      ],
    ]);
    const broken = decide(report, { base: "slug: packaging\n" });
    expect(broken.problems.map((p) => p.code)).toEqual(["rule.author-unconfirmed"]);
  });

  it("checks the author even when the report does not parse", () => {
    const plan = decide({ [REPORT]: "workgroup: [unclosed\n" }, { author: "mallory" });
    expect(plan.problems.map((p) => p.code.split(".")[0])).toEqual(["rule", "yaml"]);
    expect(plan.problems[0]).toMatchObject({ code: "rule.author-not-member", line: 1 });
    expect(plan.checkRun.conclusion).toBe("failure");
  });

  it("routes board asks, a new charter and a removed charter to the board", () => {
    const asks = decide({
      [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10", board_asks: ["A budget"] }),
    });
    expect(asks.boardReview).toEqual(["the October 2026 report of `packaging` asks the board for something"]);
    expect(asks.labels).toContain("status/board-review");
    const added = decide({ [CHARTER]: charterYaml({ slug: "packaging" }) }, { base: "none" });
    expect(added.boardReview).toEqual(["it adds a new work group, `packaging`"]);
    const removed = decide({ [CHARTER]: null });
    expect(removed.boardReview).toEqual(["it removes the charter of `packaging`"]);
    expect(removed.checkRun.title).toBe("1 charter: no problems");
  });

  it("leaves the board-review label as it is once the board has decided", () => {
    const plan = decide(
      { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) },
      { labels: ["status/approved", "status/board-review"] },
    );
    expect(plan.labels).toEqual(["kind/report", "wg/packaging", "status/board-review"]);
  });

  it("owns only its labels", () => {
    const owns = ownsPullLabel(config);
    expect(["kind/report", "kind/charter", "status/board-review", "wg/anything"].every(owns)).toBe(true);
    expect(["documentation", "status/approved", "kind/grant"].some(owns)).toBe(false);
  });

  it("never lets report text ping someone or forge the digest in the summary", () => {
    const plan = decide({
      [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }).replace(
        "value: 42",
        "value: '@psf/board <!-- wgbot:digest 0 -->'",
      ),
    });
    expect(plan.checkRun.summary).not.toMatch(/@psf\/board/);
    expect(plan.checkRun.summary.match(/<!-- wgbot:digest/g)).toHaveLength(1);
  });
});

describe("charterChanges", () => {
  const charter = (participants: Charter["participants"], status: Charter["status"] = "active") =>
    ({ status, participants }) as Charter;
  it("sees participants and status, not order or case", () => {
    const before = charter({ chairs: ["alice"], members: ["alice", "bob"] });
    expect(charterChanges(before, charter({ chairs: ["Alice"], members: ["bob", "alice"] }))).toEqual([]);
    expect(charterChanges(before, charter({ chairs: ["alice"], members: ["alice"] }, "inactive"))).toEqual([
      "status (active → inactive)",
      "members",
    ]);
  });
});

describe("checkRunWrites", () => {
  const plan = decide({ [REPORT]: "workgroup: packaging\nperiod: 2026-10\n" });
  const existing = {
    id: 1,
    status: "completed",
    conclusion: plan.checkRun.conclusion,
    output: {
      title: plan.checkRun.title,
      summary: plan.checkRun.summary,
      annotations_count: plan.checkRun.annotations.length,
    },
  };

  it("writes nothing when the head's latest run says the same", () => {
    expect(checkRunWrites(existing, plan.checkRun)).toEqual([]);
  });

  it("creates a new run when anything differs (an update would add to the old annotations)", () => {
    expect(
      checkRunWrites({ ...existing, output: { ...existing.output, summary: "other" } }, plan.checkRun),
    ).toHaveLength(1);
    expect(checkRunWrites({ ...existing, status: "in_progress" }, plan.checkRun)).toHaveLength(1);
    expect(checkRunWrites(undefined, plan.checkRun)).toEqual([
      { kind: "create-check-run", ...plan.checkRun },
    ]);
  });
});
