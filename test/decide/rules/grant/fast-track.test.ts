import { describe, expect, it } from "vitest";
import { fastTrack } from "../../../../src/decide/rules/grant/fast-track.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026 } from "../../fixtures.ts";
import { expectAlone, find, sprint } from "./helpers.ts";

describe("fast-track", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(fastTrack, sprint(1200, ["2025"]), { config: psf2026 });
  });

  it("≤ 2,500 USD and a grant in the last 3 years: eligible for the fast track", () => {
    const result = grantPolicy(sprint(1200, ["2025: 1,000 USD for PyData Example 2025"]), {
      config: psf2026,
      now: NOW,
    });
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-fast-track",
        path: ["previous_grants"],
        message:
          "This request may be eligible for the fast track: it is at most 2,500 USD and the foundation funded this event or organisation in 2025.",
        hint: "The Grants WG confirms the earlier grant; name the event it was for if the request does not say.",
      },
    ]);
  });

  it.each<[string, number, string[] | undefined, readonly number[] | undefined, boolean]>([
    ["a grant 3 years ago (2023)", 1200, ["PyData Example 2023"], undefined, true],
    ["a grant 4 years ago (2022)", 1200, ["PyData Example 2022"], undefined, false],
    ["no year mentioned", 1200, ["Yes, once"], undefined, false],
    ["no previous grants", 1200, undefined, undefined, false],
    ["a year in the future only", 1200, ["Planned for 2029"], undefined, false],
    ["a figure that is not a year", 1200, ["12024 USD"], undefined, false],
    ["exactly 2,500 USD", 2500, ["2024"], undefined, true],
    ["a year from the foundation's records", 1200, undefined, [2024], true],
  ])("%s → %s", (_name, amount, previous, years, eligible) => {
    const result = grantPolicy(sprint(amount, previous), {
      config: psf2026,
      now: NOW,
      ...(years ? { previousGrantYears: years } : {}),
    });
    expect(result.findings.some((f) => f.code === "rule.grant-fast-track")).toBe(eligible);
  });

  it("above 2,500 USD: no fast track", () => {
    const result = grantPolicy(
      grant({
        grant_type: "sprint",
        requested: { amount: 2600, currency: "USD" },
        budget: [{ description: "Venue", cost: 2600 }],
        previous_grants: ["2025"],
      }),
      { config: psf2026, now: NOW },
    );
    expect(result.findings).toEqual([]);
  });

  it("the psf preset has no fast track", () => {
    expect(grantPolicy(sprint(1200, ["2025"]), { config: psf, now: NOW }).findings).toEqual([]);
  });

  it("the fast track from the records points at the amount", () => {
    const result = grantPolicy(sprint(1200), { config: psf2026, now: NOW, previousGrantYears: [2026] });
    expect(find(result.findings, "rule.grant-fast-track").path).toEqual(["requested", "amount"]);
  });
});
