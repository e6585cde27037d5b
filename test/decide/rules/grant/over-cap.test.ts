import { describe, expect, it } from "vitest";
import { overCap } from "../../../../src/decide/rules/grant/over-cap.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026 } from "../../fixtures.ts";
import { codes, expectAlone, find, problems } from "./helpers.ts";

describe("over-cap", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(
      overCap,
      grant({ requested: { amount: 9000, currency: "USD" }, budget: [{ description: "Venue", cost: 9000 }] }),
      { config: psf2026 },
    );
  });

  it.each([
    ["conference", 8000, []],
    ["conference", 8001, ["error:rule.grant-over-cap"]],
    ["workshop", 1500, []],
    ["workshop", 1600, ["error:rule.grant-over-cap"]],
    ["sprint", 5000, []],
  ] as const)("%s of %d USD → %j", (grant_type, amount, expected) => {
    const result = grantPolicy(
      grant({
        grant_type,
        requested: { amount, currency: "USD" },
        budget: [{ description: "Venue", cost: amount }],
      }),
      { config: psf2026, now: NOW },
    );
    expect(codes(problems(result.findings))).toEqual(expected);
  });

  it("states the cap", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 9000, currency: "EUR" }, budget: [{ description: "Venue", cost: 9000 }] }),
      { config: psf2026, now: NOW },
    );
    expect(find(result.findings, "rule.grant-over-cap")).toEqual({
      severity: "error",
      code: "rule.grant-over-cap",
      path: ["requested", "amount"],
      message: "A conference grant is capped at 8,000 USD; this request is for 9,000 EUR (9,720 USD).",
      hint: "Lower the amount requested to at most 8,000 USD, and the budget with it.",
    });
  });

  it("the psf preset has no caps", () => {
    const result = grantPolicy(
      grant({
        grant_type: "workshop",
        requested: { amount: 5000, currency: "USD" },
        budget: [{ description: "Venue", cost: 5000 }],
      }),
      { config: psf, now: NOW },
    );
    expect(problems(result.findings)).toEqual([]);
  });
});
