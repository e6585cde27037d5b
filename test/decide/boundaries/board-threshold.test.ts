/**
 * The board threshold at its exact boundary (psf preset: over 10,000 USD goes to the board): exactly 10,000 is not
 * over, 10,000.01 is — for the request's labels and findings (grantPolicy) and for where `/recommend` sends it
 * (grantAmount, decideCommand).
 */
import { describe, expect, it } from "vitest";
import { grantAmount } from "../../../src/decide/board-item.ts";
import { decideCommand } from "../../../src/decide/decision.ts";
import { grantPolicy } from "../../../src/decide/rules/grant.ts";
import { builtInTemplates } from "../../../src/gather/comment-templates.ts";
import { grantBody } from "../../support/bodies.ts";
import { grant, NOW, psf } from "../fixtures.ts";

function policy(amount: number) {
  const request = grant({
    requested: { amount, currency: "USD" },
    budget: [{ description: "Venue rental", category: "venue", cost: amount, essential: true }],
  });
  const result = grantPolicy(request, { config: psf, now: NOW });
  return { over: result.flags.overThreshold, codes: result.findings.map((f) => f.code) };
}

function item(amount: string) {
  return {
    number: 7,
    title: "Grant request",
    body: grantBody({ amount: `${amount} USD`, budget: `- Venue: ${amount} USD (essential)` }),
    author: "ada",
    state: "open" as const,
    labels: ["kind/grant", "status/grants-wg-review"],
    isPull: false,
    createdAt: "2026-11-01T10:00:00Z",
  };
}

describe("the board threshold: over 10,000 USD", () => {
  it("is the preset's promise", () => {
    expect(psf.grants.board_threshold).toBe(10_000);
  });

  it("exactly 10,000 is not over; 10,000.01 is", () => {
    expect(policy(10_000)).toMatchObject({ over: false });
    expect(policy(10_000).codes).not.toContain("rule.grant-over-threshold");
    expect(policy(10_000.01)).toMatchObject({ over: true });
    expect(policy(10_000.01).codes).toContain("rule.grant-over-threshold");
  });

  it("the amount read back from the issue form agrees", () => {
    expect(grantAmount(item("10,000"), psf)).toMatchObject({ inBase: 10_000, overThreshold: false });
    expect(grantAmount(item("10,000.01"), psf)).toMatchObject({ inBase: 10_000.01, overThreshold: true });
  });

  it("/recommend decides exactly 10,000 in the Grants WG and sends 10,000.01 to the board", () => {
    const recommend = (amount: string) =>
      decideCommand({
        command: { name: "recommend", decision: "approve" },
        commentId: 501,
        by: "gwen",
        at: "2026-11-23T12:00:00Z",
        item: item(amount),
        records: [],
        config: psf,
        now: NOW,
        templates: builtInTemplates(),
      });
    const at = recommend("10,000");
    expect(at.ok && at.record.outcome).toBe("approved");
    const over = recommend("10,000.01");
    expect(over.ok && over.record.outcome).toBe("board-review");
  });
});
