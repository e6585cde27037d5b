/**
 * Budget lines as an applicant files them, through the issue form and the whole intake decision (decideRequest): the
 * verdicts the grant policy issue named as wrong. The form's parser guesses a category for each line, for reading
 * only: no rule may judge the applicant by a guess ("merchant fees" guessed as merchandise, "Miscellaneous" given a
 * category and so not vague).
 */
import { describe, expect, it } from "vitest";
import { decideRequest } from "../../../../src/decide/request.ts";
import { builtInTemplates } from "../../../../src/gather/comment-templates.ts";
import { grantBody } from "../../../support/bodies.ts";
import { psf, psf2026 } from "../../fixtures.ts";

const now = new Date("2026-11-21T12:00:00Z");

function codesFor(budget: string, config = psf2026, amount = "5,000 USD"): string[] {
  const plan = decideRequest({
    kind: "grant",
    issue: {
      number: 1,
      title: "Grant request",
      body: grantBody({ budget, amount }),
      author: "ada",
      labels: [],
    },
    owner: "psf",
    config,
    now,
    existingSlugs: new Set(),
    templates: builtInTemplates(),
  });
  return plan.findings.map((f) => f.code);
}

describe("budget lines as filed through the form", () => {
  it("merchant fees are a payment cost, not merchandise", () => {
    const budget = "- Venue rental: 4,000 USD (essential)\n- Merchant fees: 1,000 USD";
    expect(codesFor(budget)).not.toContain("rule.grant-not-covered");
    expect(codesFor(budget, psf)).not.toContain("rule.grant-not-covered");
  });

  it("a talk prize is a prize under psf-2026, and funded under psf, which excludes swag only", () => {
    const budget = "- Venue rental: 4,000 USD (essential)\n- Lightning talk prize: 1,000 USD";
    expect(codesFor(budget)).toContain("rule.grant-not-covered");
    expect(codesFor(budget, psf)).not.toContain("rule.grant-not-covered");
  });

  it("lanyards for badges hold badges: not swag; lanyards alone are", () => {
    expect(
      codesFor("- Venue rental: 4,000 USD (essential)\n- Lanyards for badges: 1,000 USD", psf),
    ).not.toContain("rule.grant-not-covered");
    expect(codesFor("- Venue rental: 4,000 USD (essential)\n- Lanyards: 1,000 USD", psf)).toContain(
      "rule.grant-not-covered",
    );
  });

  it("a Miscellaneous line is asked what it pays for", () => {
    const codes = codesFor("- Venue rental: 3,500 USD (essential)\n- Miscellaneous: 1,500 USD");
    expect(codes).toContain("rule.grant-vague-budget");
  });
});
