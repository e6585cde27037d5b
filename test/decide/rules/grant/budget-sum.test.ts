import { describe, expect, it } from "vitest";
import { budgetSum } from "../../../../src/decide/rules/grant/budget-sum.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { codes, expectAlone, find, problems } from "./helpers.ts";

describe("budget-sum", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(budgetSum, grant({ requested: { amount: 9000, currency: "USD" } }));
  });

  it("adds up items in other currencies, converted", () => {
    // 500 EUR = 540 USD; 540 + 460 = 1,000 USD.
    const result = grantPolicy(
      grant({
        requested: { amount: 1000, currency: "USD" },
        budget: [
          { description: "Venue", cost: 500, currency: "EUR" },
          { description: "Catering", cost: 460 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(problems(result.findings)).toEqual([]);
    expect(result.countedBudget).toBeCloseTo(1000, 6);
  });

  it("when the swag is the whole difference, it is reported once: as not covered, not again as a sum error", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 8500, currency: "USD" },
        budget: [
          { description: "Venue rental", cost: 5000, essential: true },
          { description: "Catering", cost: 3000 },
          { description: "Stickers and lanyards", cost: 500 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(result.findings)).toEqual(["warning:rule.grant-not-covered"]);
    expect(find(result.findings, "rule.grant-not-covered").hint).toBe(
      "Grants do not cover swag. Remove the item, and its cost from the amount requested; other funding can pay for it.",
    );
  });

  it.each([
    ["adds up exactly", 8000, []],
    ["1 unit less: rounding", 7999, []],
    ["half a unit more: rounding", 8000.5, []],
    ["a little over 1 unit less", 7998.9, ["error:rule.grant-budget-sum"]],
    ["1,000 less", 7000, ["error:rule.grant-budget-sum"]],
    ["2,000 more", 10000, ["error:rule.grant-budget-sum"]],
  ])("%s", (_name, total, expected) => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: total - 5000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(problems(result.findings))).toEqual(expected);
  });

  it("states both sums and the difference", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum")).toEqual({
      severity: "error",
      code: "rule.grant-budget-sum",
      path: ["budget"],
      message: "The budget items add up to 7,000 USD, but the amount requested is 8,000 USD: 1,000 USD less.",
      hint: "Make them match: correct a cost, add the missing item, or change the amount requested.",
    });
  });

  it("items not covered that do not explain the difference are not listed again, only left out of the sum", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000 },
          { description: "Swag", cost: 200 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum").message).toBe(
      "The budget items that are covered (not counting those not covered, above) add up to 7,000 USD, but the amount requested is 8,000 USD: 1,000 USD less.",
    );
  });

  it("states amounts with cents when they have some", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 1234.5, currency: "EUR" },
        budget: [{ description: "Venue", cost: 1000 }],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum").message).toBe(
      "The budget items add up to 1,000 EUR, but the amount requested is 1,234.50 EUR: 234.50 EUR less.",
    );
  });
});
