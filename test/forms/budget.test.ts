import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { guessCategory, parseBudget } from "../../src/forms/values.ts";
import { growthRatio, LINEAR_RATIO } from "../support/growth.ts";

const config = PRESETS.psf;

describe("parseBudget: one item per line", () => {
  it("reads the forms people use", () => {
    const budget = parseBudget(
      [
        "- Venue rental: 6000 USD (essential)",
        "* Catering — $2,500",
        "1. Captioning 1,500 USD essential",
        "Travel grants: 3.000 €",
        "+ Childcare 800 USD [essential]",
        "2) **Speaker honoraria**: 1 200,50 EUR (optional)",
        "- [ ] Stickers - 300",
      ].join("\n"),
      { config },
    );
    expect(budget.problems).toEqual([]);
    expect(budget.items).toEqual([
      {
        description: "Venue rental",
        cost: 6000,
        currency: "USD",
        essential: true,
        category: "venue",
        categoryGiven: false,
        line: 1,
      },
      {
        description: "Catering",
        cost: 2500,
        currency: "USD",
        essential: false,
        category: "catering",
        categoryGiven: false,
        line: 2,
      },
      {
        description: "Captioning",
        cost: 1500,
        currency: "USD",
        essential: true,
        category: "accessibility",
        categoryGiven: false,
        line: 3,
      },
      {
        description: "Travel grants",
        cost: 3000,
        currency: "EUR",
        essential: false,
        category: "travel",
        categoryGiven: false,
        line: 4,
      },
      {
        description: "Childcare",
        cost: 800,
        currency: "USD",
        essential: true,
        category: "childcare",
        categoryGiven: false,
        line: 5,
      },
      {
        description: "Speaker honoraria",
        cost: 1200.5,
        currency: "EUR",
        essential: false,
        category: "speakers",
        categoryGiven: false,
        line: 6,
      },
      {
        description: "Stickers",
        cost: 300,
        essential: false,
        category: "swag",
        categoryGiven: false,
        line: 7,
      },
    ]);
  });

  it("picks the cost among other numbers on the line", () => {
    const budget = parseBudget(
      [
        "- Venue for 2 days (2027-03-14): 4,000 USD",
        "- Lunch for 150 people at 12 USD each = 1,800 USD",
        "- Hotel 3 x 120 EUR",
        "- PyCon 2027 room: 900",
        "- Coffee, 10:30 break: 200",
      ].join("\n"),
    );
    expect(budget.problems).toEqual([]);
    expect(budget.items.map((i) => [i.description, i.cost, i.currency])).toEqual([
      ["Venue for 2 days (2027-03-14)", 4000, "USD"],
      ["Lunch for 150 people at 12 USD each", 1800, "USD"],
      ["Hotel (3 × 120 EUR)", 360, "EUR"],
      ["PyCon 2027 room", 900, undefined],
      ["Coffee, 10:30 break", 200, undefined],
    ]);
  });

  it("returns a total line separately, skips subtotals and section labels", () => {
    const budget = parseBudget(
      [
        "### Venue",
        "Venue costs:",
        "- Room: 5,000 USD",
        "**Accessibility**",
        "- Captioning: 1,000 USD",
        "Subtotal: 6,000 USD",
        "",
        "---",
        "**Total: 6,000 USD**",
      ].join("\n"),
      { firstLine: 40 },
    );
    expect(budget.problems).toEqual([]);
    expect(budget.items.map((i) => [i.description, i.line])).toEqual([
      ["Room", 42],
      ["Captioning", 44],
    ]);
    expect(budget.total).toEqual({ amount: 6000, currency: "USD", line: 48 });
    expect(parseBudget("Grand total 12 000 €").total).toMatchObject({ amount: 12000, currency: "EUR" });
  });

  it("reports a line without a cost, with its line number, instead of dropping it", () => {
    const budget = parseBudget(
      "- Venue: 5,000 USD\n- T-shirts for volunteers\n- Catering: lots\n- : 300 USD",
      {
        config,
      },
    );
    expect(budget.items).toHaveLength(1);
    expect(budget.problems).toEqual([
      {
        line: 2,
        message: "`T-shirts for volunteers` has no cost.",
        hint: expect.stringContaining("Venue rental"),
      },
      { line: 3, message: "`Catering: lots` has no cost.", hint: expect.any(String) },
      {
        line: 4,
        message: "`: 300 USD` has a cost but does not say what it is for.",
        hint: expect.any(String),
      },
    ]);
  });

  it("reports numbers and currencies it cannot accept, per line", () => {
    const budget = parseBudget("- Venue: 1.2.3 USD\n- Room: 500 CHF\n- Food: 5 USD or 4 EUR", { config });
    expect(budget.problems.map((p) => p.line)).toEqual([1, 2]);
    expect(budget.problems[1]?.message).toContain("CHF");
    expect(budget.problems[1]?.hint).toContain("USD, EUR");
    expect(budget.items.map((i) => i.description)).toEqual(["Room", "Food: 5 USD or"]);
  });

  it("is empty for an empty answer", () => {
    for (const text of ["", "_No response_", "None", "N/A"])
      expect(parseBudget(text)).toEqual({ items: [], problems: [] });
  });

  it("parses a code-fenced budget", () => {
    const budget = parseBudget("```\nVenue: 100 USD\nFood: 50 USD\n```");
    expect(budget.items.map((i) => i.cost)).toEqual([100, 50]);
  });
});

describe("parseBudget: Markdown tables", () => {
  it("finds columns by their headers", () => {
    const budget = parseBudget(
      [
        "Our budget:",
        "",
        "| Category | Description | Priority | Amount (EUR) |",
        "|---|---|:-:|--:|",
        "| Venue | Main hall | high | 2.500 |",
        "| | Live captioning | essential | 1.200 |",
        "| Food | Coffee \\| tea | low | 800 |",
        "| | Swag bags | no | 150 USD |",
        "| **Total** | | | **4.650** |",
        "",
        "- Extra line after the table: 10 EUR",
      ].join("\n"),
      { config },
    );
    expect(budget.problems).toEqual([]);
    expect(budget.items).toEqual([
      {
        description: "Main hall",
        cost: 2500,
        currency: "EUR",
        essential: true,
        category: "venue",
        categoryGiven: true,
        line: 5,
      },
      {
        description: "Live captioning",
        cost: 1200,
        currency: "EUR",
        essential: true,
        category: "accessibility",
        categoryGiven: false,
        line: 6,
      },
      {
        description: "Coffee | tea",
        cost: 800,
        currency: "EUR",
        essential: false,
        category: "food",
        categoryGiven: true,
        line: 7,
      },
      {
        description: "Swag bags",
        cost: 150,
        currency: "USD",
        essential: false,
        category: "swag",
        categoryGiven: false,
        line: 8,
      },
      {
        description: "Extra line after the table",
        cost: 10,
        currency: "EUR",
        essential: false,
        category: "other",
        categoryGiven: false,
        line: 11,
      },
    ]);
    expect(budget.total).toEqual({ amount: 4650, currency: "EUR", line: 9 });
  });

  it("reads a table with item/cost/essential headers and a total row", () => {
    const budget = parseBudget(
      [
        "| Item | Cost | Essential |",
        "|------|-----:|:---------:|",
        "| Venue | $6,000 | ✅ |",
        "| Total | $6,000 | |",
      ].join("\n"),
    );
    expect(budget.items).toEqual([
      {
        description: "Venue",
        cost: 6000,
        currency: "USD",
        essential: true,
        category: "venue",
        categoryGiven: false,
        line: 3,
      },
    ]);
    expect(budget.total).toEqual({ amount: 6000, currency: "USD", line: 4 });
  });

  it("reports a row without a cost", () => {
    const budget = parseBudget("| Item | Cost |\n| --- | --- |\n| Venue | TBD |");
    expect(budget.problems).toEqual([{ line: 3, message: "`Venue` has no cost.", hint: expect.any(String) }]);
  });
});

describe("guessCategory", () => {
  it.each([
    ["Venue rental", "venue"],
    ["Room hire", "venue"],
    ["Catering", "catering"],
    ["Coffee breaks", "catering"],
    ["Speaker travel", "travel"],
    ["Flights for keynote speakers", "travel"],
    ["Keynote honorarium", "speakers"],
    ["Live captioning", "accessibility"],
    ["Sign language interpreters", "accessibility"],
    ["Childcare", "childcare"],
    ["T-shirts", "swag"],
    ["Stickers", "swag"],
    ["AV equipment rental", "av"],
    ["Video recording", "av"],
    ["Social media ads", "marketing"],
    ["Insurance", "other"],
    ["Travail", "other"],
  ])("%s → %s", (description, category) => {
    expect(guessCategory(description)).toBe(category);
  });
});

describe("parseBudget performance", () => {
  it("parses 10,000 lines, in linear time", () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        i % 3 === 0
          ? `- Item ${i}: ${((i + 1) * 1000).toLocaleString("en-US")} USD (essential)`
          : i % 3 === 1
            ? `* Catering day ${i} — €${i}.5`
            : `${i}. Travel 1 200,50 EUR`,
      ).join("\n");
    const table = (n: number) =>
      [
        "| Item | Cost |",
        "|---|---|",
        ...Array.from({ length: n }, (_, i) => `| Row ${i} | ${i} USD |`),
      ].join("\n");
    expect(parseBudget(lines(10_000), { config }).items).toHaveLength(10_000);
    expect(parseBudget(table(10_000), { config }).items).toHaveLength(10_000);
    // One budget of 4,000 lines against eight of 500 (test/support/growth.ts).
    for (const budget of [lines, table]) {
      const ratio = growthRatio((n) => {
        const text = budget(n);
        return () => parseBudget(text, { config });
      }, 4_000);
      expect(ratio).toBeLessThan(LINEAR_RATIO);
    }
  });
});
