import { describe, expect, it } from "vitest";
import { budgetCurrency } from "../../../../src/decide/rules/grant/budget-currency.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { codes, expectAlone, problems } from "./helpers.ts";

describe("budget-currency", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(budgetCurrency, grant({ budget: [{ description: "Venue", cost: 8000, currency: "CHF" }] }));
  });

  it("a budget item in a currency without a rate: an error on the item, no sum check", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000, currency: "CHF" },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(problems(result.findings))).toEqual(["error:rule.grant-unknown-currency"]);
    expect(result.findings[0]?.path).toEqual(["budget", 1, "currency"]);
    expect(result.countedBudget).toBeNaN();
  });
});
