import { describe, expect, it } from "vitest";
import { fastTrack } from "../../../../src/decide/rules/grant/fast-track.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026, withConfig } from "../../fixtures.ts";
import { expectAlone, find, sprint } from "./helpers.ts";

const FILED = "2026-11-23T10:00:00Z";
const onTrack = (result: ReturnType<typeof grantPolicy>) =>
  result.findings.some((f) => f.code === "rule.grant-fast-track");

describe("fast-track", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(fastTrack, sprint(1200), { config: psf2026 });
  });

  it("≤ 2,500 USD: on the fast track, labelled, with the day a decision can be expected", () => {
    const result = grantPolicy(sprint(1200), { config: psf2026, now: NOW, filedAt: FILED });
    expect(result.flags.fastTrack).toBe(true);
    expect(result.labels).toEqual(["grant/fast-track"]);
    expect(result.decision).toEqual({ target: "2026-12-07", weeks: 2, fastTrack: true });
    expect(find(result.findings, "rule.grant-fast-track")).toEqual({
      severity: "note",
      code: "rule.grant-fast-track",
      path: ["requested", "amount"],
      message:
        "This request is on the fast track: it is for at most 2,500 USD. The Grants WG aims to decide it within 2 weeks of filing, by 2026-12-07.",
      hint: undefined,
    });
  });

  it.each([
    ["exactly 2,500 USD", 2500, true],
    ["2,500.004 USD (rounds to 2,500)", 2500.004, true],
    ["2,501 USD", 2501, false],
  ])("%s → %s", (_name, amount, eligible) => {
    expect(onTrack(grantPolicy(sprint(amount), { config: psf2026, now: NOW }))).toBe(eligible);
  });

  it("asks for nothing the charter does not: no earlier grant is needed by default", () => {
    expect(onTrack(grantPolicy(sprint(1200), { config: psf2026, now: NOW }))).toBe(true);
    expect(
      onTrack(grantPolicy(sprint(1200, ["None, this is our first event"]), { config: psf2026, now: NOW })),
    ).toBe(true);
  });

  it("in the request's currency, converted: 2,000 EUR is 2,160 USD", () => {
    const request = grant({
      grant_type: "sprint",
      requested: { amount: 2000, currency: "EUR" },
      budget: [{ description: "Venue", cost: 2000, essential: true }],
    });
    expect(onTrack(grantPolicy(request, { config: psf2026, now: NOW }))).toBe(true);
  });

  it("the psf preset has no fast track", () => {
    const result = grantPolicy(sprint(1200), { config: psf, now: NOW });
    expect(onTrack(result)).toBe(false);
    expect(result.labels).toEqual([]);
  });

  describe("with grants.fast_track_previous_years: 3 (a reading that also asks for an earlier grant)", () => {
    const config = withConfig(psf2026, { grants: { fast_track_previous_years: 3 } });

    it.each<[string, string[] | undefined, readonly number[] | undefined, boolean]>([
      ["a grant 3 years ago (2023)", ["PyData Example 2023"], undefined, true],
      ["a grant 4 years ago (2022)", ["PyData Example 2022"], undefined, false],
      ["no year mentioned", ["Yes, once"], undefined, false],
      ["no previous grants", undefined, undefined, false],
      ["a year in the future only", ["Planned for 2029"], undefined, false],
      ["a figure that is not a year", ["12024 USD"], undefined, false],
      ["a year from the foundation's records", undefined, [2024], true],
    ])("%s → %s", (_name, previous, years, eligible) => {
      const result = grantPolicy(sprint(1200, previous), {
        config,
        now: NOW,
        ...(years ? { previousGrantYears: years } : {}),
      });
      expect(onTrack(result)).toBe(eligible);
    });

    it("names the year, and points at the field it was read from", () => {
      const result = grantPolicy(sprint(1200, ["2025: 1,000 USD for PyData Example 2025"]), {
        config,
        now: NOW,
        filedAt: FILED,
      });
      expect(find(result.findings, "rule.grant-fast-track")).toMatchObject({
        path: ["previous_grants"],
        message:
          "This request is on the fast track: it is for at most 2,500 USD, and the foundation funded this event or organisation in 2025. The Grants WG aims to decide it within 2 weeks of filing, by 2026-12-07.",
      });
      const fromRecords = grantPolicy(sprint(1200), { config, now: NOW, previousGrantYears: [2026] });
      expect(find(fromRecords.findings, "rule.grant-fast-track").path).toEqual(["requested", "amount"]);
    });
  });
});
