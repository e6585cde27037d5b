/**
 * Monthly reports at their exact boundaries (psf preset): a report is due by the 15th of the next month — filed on
 * the 15th is on time, from the 16th it is overdue — and 2 missed in a row put a work group at risk, 1 does not.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { charterYaml, reportYaml } from "../../support/governance-files.ts";
import { sweepPlan } from "../../support/sweep-plan.ts";

const config = PRESETS.psf;

/** The packaging work group, chartered 2026-06-01, with a report for each month given; swept on `day`. */
function sweep(day: string, months: string[]) {
  const files = new Map<string, string>();
  files.set(
    "workgroups/packaging/charter.yml",
    charterYaml({ slug: "packaging", start: "2026-06-01", review: "2027-12-31" }),
  );
  for (const m of months)
    files.set(`workgroups/packaging/reports/${m}.yml`, reportYaml({ workgroup: "packaging", period: m }));
  const now = new Date(`${day}T12:00:00Z`);
  const state = validateRepository({ files }, { now });
  const plan = sweepPlan(state, now);
  return {
    overdue: plan.findings.overdue.flatMap((o) => o.periods),
    atRisk: plan.findings.atRisk.map((a) => a.slug),
    reminders: plan.tracking.filter((t) => t.key.startsWith("reminder ")).map((t) => t.key),
  };
}

const UP_TO_AUGUST = ["2026-06", "2026-07", "2026-08"];
const UP_TO_SEPTEMBER = [...UP_TO_AUGUST, "2026-09"];

describe("reports are due by the 15th of the next month", () => {
  it("is the preset's promise", () => {
    expect(config.reports.due_day).toBe(15);
  });

  it("October's report is not overdue on 15 November, and is on the 16th", () => {
    expect(sweep("2026-11-15", UP_TO_SEPTEMBER)).toEqual({ overdue: [], atRisk: [], reminders: [] });
    expect(sweep("2026-11-16", UP_TO_SEPTEMBER)).toEqual({
      overdue: ["2026-10"],
      atRisk: [],
      reminders: ["reminder packaging 2026-10"],
    });
  });
});

describe("2 missed reports in a row put a work group at risk", () => {
  it("is the preset's promise", () => {
    expect(config.reports.missed_for_at_risk).toBe(2);
  });

  it("1 missed is not at risk; 2 in a row are, from the day the second falls overdue", () => {
    expect(sweep("2026-11-15", UP_TO_AUGUST)).toMatchObject({ overdue: ["2026-09"], atRisk: [] });
    expect(sweep("2026-11-16", UP_TO_AUGUST)).toMatchObject({
      overdue: ["2026-09", "2026-10"],
      atRisk: ["packaging"],
    });
  });

  it("2 missed that are not in a row are not at risk", () => {
    expect(sweep("2026-11-16", ["2026-06", "2026-08", "2026-09"])).toMatchObject({
      overdue: ["2026-07", "2026-10"],
      atRisk: [],
    });
  });
});
