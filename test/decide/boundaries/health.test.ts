/**
 * The health rules at their exact boundaries (decide/rules/health/), through the sweep: psf puts a work group at risk
 * after 2 missed reports in a row; dsf after 2 missed of the last 3, or without a chair, a co-chair and a board
 * liaison. A chartered group whose cadence a preset does not allow is warned and counted on the preset's cadence, so
 * the sweep keeps reminding it. The numbers are written out here, not read from the presets, so changing a promised
 * default fails.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import { atRiskRuleText } from "../../../src/decide/rules/health/reports-missed.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { type CharterOptions, charterYaml, reportYaml } from "../../support/governance-files.ts";
import { sweepPlan } from "../../support/sweep-plan.ts";

/** One work group chartered 2026-01-01 under `preset`, with a report for each month given; swept on `day`. */
function sweep(preset: string, day: string, months: string[], charter: Partial<CharterOptions> = {}) {
  const files = new Map<string, string>();
  files.set(".github/wgbot.yml", `preset: ${preset}\n`);
  let text = charterYaml({
    slug: "web",
    start: "2026-01-01",
    review: "2026-12-31",
    chairs: ["ana"],
    ...charter,
  });
  if (charter.name === "with liaison")
    text = text.replace("  members:\n", "  board_liaison: bea\n  members:\n");
  files.set("workgroups/web/charter.yml", text);
  for (const m of months)
    files.set(
      `workgroups/web/reports/${m}.yml`,
      reportYaml({ workgroup: "web", period: m, submitted_by: "ana" }),
    );
  const now = new Date(`${day}T12:00:00Z`);
  const state = validateRepository({ files }, { now });
  expect(state.problems.filter((p) => p.severity === "error")).toEqual([]);
  const plan = sweepPlan(state, now, "django");
  return {
    overdue: plan.findings.overdue.flatMap((o) => o.periods),
    reasons: plan.findings.atRisk.flatMap((a) => a.reasons),
  };
}

const HEALTHY = { name: "with liaison", chairs: ["ana", "ben"], members: ["ana", "ben", "cy"] };
const months = (...ms: number[]) => ms.map((m) => `2026-${String(m).padStart(2, "0")}`);

describe("dsf: 2 missed of the last 3 reports put a work group at risk", () => {
  it("is the preset's promise", () => {
    expect(PRESETS.dsf.reports).toMatchObject({ missed_for_at_risk: 2, at_risk_window: 3 });
    expect(atRiskRuleText(PRESETS.dsf.reports)).toBe("2 of its last 3 reports");
    expect(atRiskRuleText(PRESETS.psf.reports)).toBe("2 reports in a row");
  });

  it("August and October missed: at risk from 16 November (October falls due), not on the 15th", () => {
    const filed = months(1, 2, 3, 4, 5, 6, 7, 9);
    expect(sweep("dsf", "2026-11-15", filed, HEALTHY).reasons).toEqual([]);
    expect(sweep("dsf", "2026-11-16", filed, HEALTHY).reasons).toEqual([
      "it has missed 2 of its last 3 reports (August 2026 and October 2026)",
    ]);
  });

  it("1 missed of the last 3 is not at risk; a miss 4 periods back no longer counts", () => {
    expect(sweep("dsf", "2026-11-16", months(1, 2, 3, 4, 5, 6, 8, 9), HEALTHY).reasons).toEqual([]);
    expect(sweep("dsf", "2026-11-16", months(1, 2, 3, 4, 5, 6, 9, 10), HEALTHY).reasons).toEqual([]);
  });

  it("psf, same reports: 2 not in a row is not at risk", () => {
    expect(sweep("psf", "2026-11-16", months(1, 2, 3, 4, 5, 6, 7, 9)).reasons).toEqual([]);
  });
});

describe("dsf: a chair, a co-chair and a board liaison", () => {
  it("is the preset's promise; psf asks for one chair and no liaison", () => {
    expect(PRESETS.dsf.workgroups.leadership).toEqual({ chairs: 2, board_liaison: true });
    expect(PRESETS.psf.workgroups.leadership).toEqual({ chairs: 1, board_liaison: false });
  });

  it("one chair and no liaison: two reasons; both present: healthy", () => {
    const all = months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(sweep("dsf", "2026-11-16", all, { chairs: ["ana"] }).reasons).toEqual([
      "it has 1 chair; a work group needs a chair and a co-chair (list both under `participants.chairs`)",
      "its charter names no board liaison: a board member who links the work group to the board (`participants.board_liaison`)",
    ]);
    expect(sweep("dsf", "2026-11-16", all, HEALTHY).reasons).toEqual([]);
    expect(sweep("psf", "2026-11-16", all, { chairs: ["ana"] }).reasons).toEqual([]);
  });
});

describe("reporting cadences allowed by the config", () => {
  it("dsf allows quarterly reports: one report per quarter is enough", () => {
    const quarterly = { ...HEALTHY, cadence: "quarterly" as const };
    expect(sweep("dsf", "2026-11-16", months(3, 6, 9), quarterly)).toEqual({ overdue: [], reasons: [] });
  });

  it("psf allows monthly reports only: an active quarterly charter is warned and counted monthly, never dropped", () => {
    const files = new Map([
      [".github/wgbot.yml", "preset: psf\n"],
      [
        "workgroups/web/charter.yml",
        charterYaml({
          slug: "web",
          start: "2026-01-01",
          review: "2026-12-31",
          chairs: ["ana"],
          cadence: "quarterly",
        }),
      ],
    ]);
    const now = new Date("2026-11-16T12:00:00Z");
    const state = validateRepository({ files }, { now });
    expect(state.problems.map((p) => `${p.severity}:${p.code}`)).toEqual(["warning:rule.cadence-counted"]);
    expect(state.problems[0]?.message).toBe(
      "The reporting cadence is `quarterly`, which this foundation does not use: its work groups report monthly. Until the charter says so, wgbot expects its reports monthly.",
    );
    const plan = sweepPlan(state, now, "psf");
    expect(plan.findings.unreadable).toEqual([]);
    expect(plan.findings.overdue).toEqual([
      {
        slug: "web",
        periods: [
          "2026-01",
          "2026-02",
          "2026-03",
          "2026-04",
          "2026-05",
          "2026-06",
          "2026-07",
          "2026-08",
          "2026-09",
          "2026-10",
        ],
      },
    ]);
  });
});
