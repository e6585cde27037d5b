import { describe, expect, it } from "vitest";
import { notCovered } from "../../../../src/decide/rules/grant/not-covered.ts";
import { grantPolicy, notCoveredKinds } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026 } from "../../fixtures.ts";
import { expectAlone, find } from "./helpers.ts";

describe("not-covered", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(notCovered, grant({ budget: [{ description: "Swag", cost: 8000 }] }));
  });

  it("a swag item is flagged, warned about and not counted", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue rental", cost: 5000, essential: true },
          { description: "Catering", cost: 3000 },
          { description: "Conference T-shirts", category: "Swag", cost: 500 },
        ],
      }),
      { config: psf, now: NOW, filedAt: NOW },
    );
    expect(result.flags.notCovered).toEqual(["swag"]);
    expect(result.countedBudget).toBe(8000);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-not-covered",
        path: ["budget", 2],
        message: "The budget item `Conference T-shirts` (500 USD) is not covered: swag; it is not counted.",
        hint: "Grants do not cover swag. Remove the item, and its cost from the amount requested; other funding can pay for it.",
      },
    ]);
  });

  it.each([
    ["Swag", undefined, ["swag"]],
    ["Conference t-shirts", undefined, ["swag"]],
    ["Speaker gifts", "MERCH", ["swag"]],
    ["Swagger / OpenAPI workshop materials", undefined, []],
    // A sticker printer makes stickers: swag, whatever it is called.
    ["Sticker printer rental", undefined, ["swag"]],
    ["Merchant fees", undefined, []],
    ["Payment processing (merchant fees)", "fees", []],
    ["Speaker gifts", undefined, ["swag"]],
    ["T-Shirts", undefined, ["swag"]],
    ["Hoodies", undefined, ["swag"]],
    ["Tshirts", "clothing", ["swag"]],
    ["Merch table", undefined, ["swag"]],
    ["Venue", "venue", []],
  ])("psf: %s (category %s) → %j", (description, category, expected) => {
    expect(notCoveredKinds({ description, category }, psf)).toEqual(expected);
  });

  it.each([
    ["Hackathon prizes", ["prizes", "hackathons"]],
    ["Flights for organisers", ["personal travel"]],
    ["Personal   travel of the chair", ["personal travel"]],
    ["Travel grants for speakers", []],
    ["Student travel awards", []],
    ["Travel for organisers", ["personal travel"]],
    ["Travel for the organizers", ["personal travel"]],
    ["Trophies for the quiz", ["prizes"]],
    ["Award for the best talk", ["prizes"]],
    ["Raffle and swag", ["swag", "prizes"]],
  ])("psf-2026: %s → %j", (description, expected) => {
    expect(notCoveredKinds({ description }, psf2026)).toEqual(expected);
  });

  it("lists every kind found once, in config order", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 1000, currency: "USD" },
        budget: [
          { description: "Venue", cost: 1000 },
          { description: "Hackathon prizes", cost: 300 },
          { description: "Stickers", cost: 50 },
          { description: "More stickers", cost: 50 },
        ],
      }),
      { config: psf2026, now: NOW },
    );
    expect(result.flags.notCovered).toEqual(["swag", "prizes", "hackathons"]);
    expect(
      find(
        result.findings.filter((f) => f.path[1] === 1),
        "rule.grant-not-covered",
      ).message,
    ).toBe(
      "The budget item `Hackathon prizes` (300 USD) is not covered: prizes and hackathons; it is not counted.",
    );
  });

  it("neutralises Markdown and mentions in an echoed description", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue rental", cost: 5000 },
          { description: "Catering", cost: 3000 },
          { description: "swag for @everyone `rm -rf`", cost: 10 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-not-covered").message).toContain(
      "`swag for @everyone 'rm -rf'`",
    );
  });
});
