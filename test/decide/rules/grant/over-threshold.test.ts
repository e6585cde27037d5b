import { describe, expect, it } from "vitest";
import { overThreshold } from "../../../../src/decide/rules/grant/over-threshold.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { big, codes, expectAlone, find, problems } from "./helpers.ts";

describe("over-threshold", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(overThreshold, big("2027-03-20"));
  });

  it("filed early enough: over the threshold only, and the meeting is still reported", () => {
    const result = grantPolicy(big("2027-03-20"), { config: psf, now: NOW });
    expect(result.flags).toEqual({
      overThreshold: true,
      late: false,
      shortNotice: false,
      notCovered: [],
      fastTrack: false,
    });
    expect(result.reviewingMeeting).toBe("2027-01-13");
    // The first meeting that can decide it (2027-01-13) comes after its 6-week decision target (2027-01-04).
    expect(codes(result.findings.filter((f) => f.severity !== "suggestion"))).toEqual([
      "note:rule.grant-over-threshold",
      "warning:rule.grant-decision-late",
    ]);
  });

  it.each([
    [10000, false],
    [10000.004, false],
    [10001, true],
  ])("%d USD over the threshold: %s", (amount, over) => {
    const result = grantPolicy(
      grant({ requested: { amount, currency: "USD" }, budget: [{ description: "Venue", cost: amount }] }),
      { config: psf, now: NOW },
    );
    expect(result.flags.overThreshold).toBe(over);
  });

  it("converts EUR to USD: 10,000 EUR is 10,800 USD, over the threshold", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 10000, currency: "EUR" },
        budget: [
          { description: "Venue rental", cost: 7000 },
          { description: "Catering", cost: 3000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBe(10800);
    expect(result.countedBudget).toBeCloseTo(10800, 6);
    expect(result.flags.overThreshold).toBe(true);
    expect(find(result.findings, "rule.grant-over-threshold").message).toBe(
      "The amount requested, 10,000 EUR (10,800 USD), is over 10,000 USD: the Grants WG reviews the request and makes a recommendation, then the board decides.",
    );
  });

  it("9,000 EUR (9,720 USD) is under the threshold", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 9000, currency: "EUR" }, budget: [{ description: "Venue", cost: 9000 }] }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBeCloseTo(9720, 6);
    expect(result.flags.overThreshold).toBe(false);
    expect(problems(result.findings)).toEqual([]);
  });
});
