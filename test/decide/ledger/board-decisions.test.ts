/**
 * `/recommend` and `/board` with the request's own currency, and the board's need for a recommendation: amounts in
 * EUR are converted and recorded with the rate used; an amount in a third currency, or more than was asked, is
 * refused; over the threshold the board cannot approve or decline without the Grants WG's recommendation.
 */
import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../../src/decide/board-item.ts";
import { type CommandInput, decideCommand } from "../../../src/decide/decision.ts";
import { decisionMoney } from "../../../src/decide/decision-amount.ts";
import { parseRecord, recordBlock } from "../../../src/decide/decision-record.ts";
import { builtInTemplates } from "../../../src/gather/comment-templates.ts";
import { grantBody } from "../../support/bodies.ts";
import { recommended } from "../../support/decision-records.ts";
import { psf, withConfig } from "../fixtures.ts";

const NOW = new Date("2026-11-21T12:00:00Z");

function item(amount: string, labels = ["kind/grant", "status/grants-wg-review"]): BoardItem {
  return {
    number: 7,
    title: "Grant request",
    body: grantBody({ amount, budget: `- Venue: ${amount} (essential)` }),
    author: "ada",
    state: "open",
    labels,
    isPull: false,
    createdAt: "2026-11-01T10:00:00Z",
  };
}

function decide(patch: Partial<CommandInput>): ReturnType<typeof decideCommand> {
  return decideCommand({
    command: { name: "recommend", decision: "approve" },
    commentId: 601,
    by: "gwen",
    at: "2026-11-21T12:00:07.000Z",
    item: item("5,000 EUR"),
    records: [],
    config: psf,
    now: NOW,
    templates: builtInTemplates(),
    ...patch,
  });
}

describe("amounts in the request's currency", () => {
  it("converts an amount in the request's currency and records it with the rate used", () => {
    const plan = decide({
      command: { name: "recommend", decision: "approve", amount: 4000, currency: "EUR" },
    });
    if (!plan.ok) throw new Error(plan.reply);
    expect(plan.record).toMatchObject({
      amount: 4320,
      currency: "USD",
      local: { currency: "EUR", rate: 1.08, amount: 4000 },
      outcome: "approved",
    });
    expect(plan.reply).toContain("**approved 4,000 EUR (≈ 4,320 USD at 1 EUR = 1.08 USD)**");
    expect(parseRecord(recordBlock(plan.record))).toEqual(plan.record);
  });

  it("records the whole request in its own currency, without rounding it back and forth", () => {
    const plan = decide({ item: item("4,999.99 EUR") });
    expect(plan.ok && plan.record.local).toEqual({ currency: "EUR", rate: 1.08, amount: 4999.99 });
  });

  it("records the rate with a decline too, so the ledger can value what was asked", () => {
    const plan = decide({ command: { name: "recommend", decision: "decline" } });
    expect(plan.ok && plan.record).toMatchObject({
      outcome: "declined",
      local: { currency: "EUR", rate: 1.08 },
    });
    expect(plan.ok && plan.record.amount).toBeUndefined();
  });

  it("refuses a third currency, and more than was asked, in words", () => {
    const gbp = decide({
      command: { name: "recommend", decision: "approve", amount: 4000, currency: "GBP" },
    });
    expect(gbp).toMatchObject({
      ok: false,
      reply:
        "Give the amount in USD, the currency wgbot counts in, or in EUR, the request's currency; not in GBP.\n",
    });
    const more = decide({
      command: { name: "recommend", decision: "approve", amount: 5001, currency: "EUR" },
    });
    expect(more).toMatchObject({ ok: false, reply: "5,001 EUR is more than the 5,000 EUR requested.\n" });
  });

  it("keeps reading a bare number in the base currency", () => {
    const money = decisionMoney({
      decision: "approve",
      given: 1080,
      request: { amount: 5000, currency: "EUR" },
      requestedBase: 5400,
      config: psf,
    });
    expect(money).toEqual({ amount: 1080, local: { currency: "EUR", rate: 1.08, amount: 1000 } });
  });
});

describe("the board decides with a recommendation", () => {
  const inReview = item("12,000 USD", ["kind/grant", "status/board-review", "grant/over-threshold"]);
  const board = (decision: "approve" | "decline" | "defer") =>
    ({ name: "board", decision }) as CommandInput["command"];

  it("refuses /board approve and decline over the threshold without one, and says what is missing", () => {
    for (const decision of ["approve", "decline"] as const) {
      expect(decide({ item: inReview, by: "bea", command: board(decision) })).toEqual({
        ok: false,
        reply:
          "The board decides grant requests over 10,000 USD with the Grants Work Group's recommendation on record, and this request has none yet. A Grants WG member records it with `/recommend approve [amount]` or `/recommend decline`; then the board can decide. `/board defer` works without one. Nothing was changed.\n",
        summary: "no recommendation on record",
      });
    }
    expect(decide({ item: inReview, by: "bea", command: board("defer") }).ok).toBe(true);
  });

  it("decides once the recommendation is on record, or when the config does not ask for one", () => {
    expect(decide({ item: inReview, by: "bea", command: board("approve"), records: [recommended] }).ok).toBe(
      true,
    );
    const free = withConfig(psf, { board: { requires_recommendation: false } });
    expect(decide({ item: inReview, by: "bea", command: board("approve"), config: free }).ok).toBe(true);
  });

  it("does not ask for one up to the threshold", () => {
    const small = item("5,000 USD", ["kind/grant", "status/board-review"]);
    expect(decide({ item: small, by: "bea", command: board("approve") }).ok).toBe(true);
  });
});
