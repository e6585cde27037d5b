/** The budget advice: vague lines, nothing marked essential, no other funding. Suggestions, never more. */
import { describe, expect, it } from "vitest";
import { readyHeading } from "../../../../src/decide/request-heading.ts";
import { unmarkedEssentials } from "../../../../src/decide/rules/grant/unmarked-essentials.ts";
import { isVague, namesSeveralCosts, vagueBudget } from "../../../../src/decide/rules/grant/vague-budget.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { codes, expectAlone, find } from "./helpers.ts";

const budget = (...lines: [string, number, boolean?][]) =>
  grant({
    requested: { amount: lines.reduce((n, [, cost]) => n + cost, 0), currency: "USD" },
    budget: lines.map(([description, cost, essential]) => ({
      description,
      cost,
      ...(essential ? { essential } : {}),
    })),
  });

describe("vague-budget", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(vagueBudget, budget(["Venue", 5000, true], ["Miscellaneous", 3000]));
  });

  it.each([
    ["Miscellaneous", true],
    ["Misc.", true],
    ["Other", true],
    ["Others", true],
    ["Other costs", true],
    ["Various expenses", true],
    ["Sundries", true],
    ["TBD", true],
    ["Contingency", true],
    ["Venue rental", false],
    ["Other venue costs (cleaning)", false],
    ["Contingency for venue overruns", false],
    ["Miscellaneous printing: badges and signs", false],
  ])("%s is vague: %s", (description, vague) => {
    expect(isVague(description)).toBe(vague);
  });

  it("names the vague line and says kindly what to do", () => {
    const result = grantPolicy(budget(["Venue rental", 5000, true], ["Other", 3000]), {
      config: psf,
      now: NOW,
    });
    expect(find(result.findings, "rule.grant-vague-budget")).toEqual({
      severity: "suggestion",
      code: "rule.grant-vague-budget",
      path: ["budget", 1],
      message: "The budget item `Other` (3,000 USD) does not say what it pays for.",
      hint: "Name the costs it covers, one per line, or leave it out if it is a margin for the unexpected: the Grants WG funds specific costs.",
    });
  });

  it("a line with a category says what it pays for", () => {
    const request = grant({
      budget: [
        { description: "Venue", cost: 5000, essential: true },
        { description: "Other", category: "catering", cost: 3000 },
      ],
    });
    expect(codes(grantPolicy(request, { config: psf, now: NOW }).findings)).toEqual([]);
  });

  it("one line for everything: a suggestion to split it; one specific line is fine", () => {
    expect(namesSeveralCosts("Venue, catering and AV")).toBe(true);
    expect(namesSeveralCosts("Venue rental")).toBe(false);
    const everything = grantPolicy(budget(["Venue, catering and travel support", 8000, true]), {
      config: psf,
      now: NOW,
    });
    expect(find(everything.findings, "rule.grant-vague-budget")).toMatchObject({
      path: ["budget"],
      message: "The budget is one line for everything: `Venue, catering and travel support`, 8,000 USD.",
    });
    const one = grantPolicy(budget(["Venue rental", 8000, true]), { config: psf, now: NOW });
    expect(codes(one.findings)).toEqual([]);
  });
});

describe("unmarked-essentials", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(unmarkedEssentials, budget(["Venue", 5000], ["Catering", 3000]));
  });

  it("suggests marking what the event cannot do without, and how", () => {
    const result = grantPolicy(budget(["Venue", 5000], ["Catering", 3000]), { config: psf, now: NOW });
    expect(find(result.findings, "rule.grant-no-essential-items")).toEqual({
      severity: "suggestion",
      code: "rule.grant-no-essential-items",
      path: ["budget"],
      message: "No budget item is marked essential.",
      hint: "Add `(essential)` after the cost of the items the event cannot happen without, e.g. `- Venue rental: 6,000 USD (essential)`: if the grant is less than requested, the Grants WG knows what to fund first.",
    });
  });

  it("one item marked is enough", () => {
    const result = grantPolicy(budget(["Venue", 5000, true], ["Catering", 3000]), { config: psf, now: NOW });
    expect(result.findings).toEqual([]);
  });
});

describe("the comment's heading tells the truth", () => {
  it.each([
    [0, 0, "✅ This grant request is ready for the Grants WG"],
    [0, 2, "✅ This grant request is ready for the Grants WG — 2 suggestions"],
    [1, 0, "This grant request is ready for the Grants WG — 1 warning"],
    [2, 1, "This grant request is ready for the Grants WG — 2 warnings, 1 suggestion"],
  ])("%d warnings, %d suggestions: %s", (warnings, suggestions, heading) => {
    expect(
      readyHeading("grant request", "the Grants WG", Array(warnings).fill(0), Array(suggestions).fill(0)),
    ).toBe(heading);
  });
});
