/** Decision records the tests start from: the Grants WG's recommendation and the board's approval. */
import type { DecisionRecord } from "../../src/decide/decision-record.ts";

/** The Grants WG's recommendation of 9,000 USD (comment 501), which put the grant on the January board meeting. */
export const recommended: DecisionRecord = {
  by: "gwen",
  decision: "approve",
  amount: 9000,
  currency: "USD",
  at: "2026-11-21T12:00:07.000Z",
  command: "recommend",
  outcome: "board-review",
  meeting: "2027-01-13",
  comment: 501,
};

/** The board's approval of 9,000 USD (comment 501), `patch` over it. */
export function boardApproval(patch: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    by: "bea",
    decision: "approve",
    amount: 9000,
    currency: "USD",
    at: "2026-11-21T12:00:00Z",
    command: "board",
    outcome: "approved",
    comment: 501,
    ...patch,
  };
}
