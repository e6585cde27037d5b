import { describe, expect, it } from "vitest";
import { requestedCurrency } from "../../../../src/decide/rules/grant/requested-currency.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { expectAlone } from "./helpers.ts";

describe("requested-currency", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(requestedCurrency, grant({ requested: { amount: 8000, currency: "CHF" } }));
  });

  it("a currency without a rate is an error naming it and the accepted currencies", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 8000, currency: "CHF" }, budget: [{ description: "Venue", cost: 8000 }] }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBeNaN();
    expect(result.countedBudget).toBeNaN();
    expect(result.flags.overThreshold).toBe(false);
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "rule.grant-unknown-currency",
        path: ["requested", "currency"],
        message:
          "The currency CHF has no exchange rate in the configuration; the accepted currencies are USD, AUD, BRL, CAD, EUR, GBP, INR, JPY and NGN.",
        hint: "Give the amount in one of USD, AUD, BRL, CAD, EUR, GBP, INR, JPY or NGN, or ask the maintainers of this repository to add a rate for CHF under `currency_rates`.",
      },
    ]);
  });
});
