import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import type { Config } from "../../../../src/config/types.ts";
import { cadenceOf } from "../../../../src/decide/report-periods.ts";
import { cadenceCounted } from "../../../../src/validate/rules/charter/cadence-counted.ts";
import { cadenceNotAllowed } from "../../../../src/validate/rules/charter/cadence-not-allowed.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, codes, expectAlone, psf } from "./helpers.ts";

const quarterly = { reporting: { cadence: "quarterly" as const } };
const proposed = { ...quarterly, status: "proposed" as const };

describe("cadence-not-allowed", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(cadenceNotAllowed, charter(proposed));
    expectAlone(cadenceCounted, charter(quarterly));
  });

  it("psf allows monthly only: a quarterly proposal is an error at its cadence, naming what to write", () => {
    const [f] = charterRules(charter(proposed), { config: psf });
    expect(f).toMatchObject({
      severity: "error",
      code: "rule.cadence-not-allowed",
      path: ["reporting", "cadence"],
      message:
        "The reporting cadence is `quarterly`, which this foundation does not use: its work groups report monthly.",
      hint: "Set `reporting.cadence` to `monthly`.",
    });
    expect(codes(charter({ reporting: { cadence: "monthly" } }))).toEqual([]);
    // No cadence is monthly, which every preset allows.
    expect(codes(charter())).toEqual([]);
  });

  it("follows the config's list", () => {
    const own = (c: ReturnType<typeof charter>, config: Config) =>
      codes(c, config).filter((code) => code.startsWith("rule.cadence-"));
    expect(own(charter(quarterly), PRESETS.dsf)).toEqual([]);
    expect(own(charter({ reporting: { cadence: "monthly" } }), PRESETS.dsf)).toEqual([]);
    const quarterlyOnly: Config = { ...psf, reports: { ...psf.reports, cadences: ["quarterly"] } };
    const [f] = charterRules(charter({ reporting: { cadence: "monthly" }, status: "proposed" }), {
      config: quarterlyOnly,
    });
    expect(f?.message).toBe(
      "The reporting cadence is `monthly`, which this foundation does not use: its work groups report quarterly.",
    );
    expect(f?.hint).toBe("Set `reporting.cadence` to `quarterly`.");
    // A charter that chooses no cadence is not wrong: it reports on the config's (cadenceOf).
    expect(own(charter(), quarterlyOnly)).toEqual([]);
    expect(cadenceOf(charter(), quarterlyOnly)).toBe("quarterly");
  });

  it("an active charter is warned, not refused: wgbot counts its reports on the config's cadence meanwhile", () => {
    const [f] = charterRules(charter(quarterly), { config: psf });
    expect(f).toMatchObject({
      severity: "warning",
      code: "rule.cadence-counted",
      path: ["reporting", "cadence"],
      message:
        "The reporting cadence is `quarterly`, which this foundation does not use: its work groups report monthly. Until the charter says so, wgbot expects its reports monthly.",
      hint: "Set `reporting.cadence` to `monthly`.",
    });
    expect(cadenceOf(charter(quarterly), psf)).toBe("monthly");
  });

  it("checks proposals and active charters; an inactive or retired group reports on nothing", () => {
    expect(codes(charter(proposed))).toContain("rule.cadence-not-allowed");
    expect(codes(charter(quarterly))).toEqual(["rule.cadence-counted"]);
    const ended = { active_time: { start: "2025-01-15", review: "2026-12-15", end: "2026-06-30" } };
    expect(codes(charter({ ...quarterly, ...ended, status: "inactive" }))).toEqual([]);
    expect(codes(charter({ ...quarterly, ...ended, status: "retired" }))).toEqual([]);
  });
});
