/**
 * Faults on every GitHub call of `/recommend` and `/board` (a recommendation escalated to the board; the board
 * approving a grant, then a charter proposal, which opens a pull request), through the real Probot app with the
 * production retry and throttling settings. A decision is never lost and never half-applied for good: whatever
 * request fails, a redelivery finishes it (see harness.ts).
 */
import { describe, expect, it } from "vitest";
import { runMatrix } from "./harness.ts";
import { BOARD_CHARTER, BOARD_GRANT, RECOMMEND } from "./scenarios.ts";

describe.concurrent("faults in the board commands", () => {
  for (const scenario of [RECOMMEND, BOARD_GRANT, BOARD_CHARTER]) {
    it(scenario.name, { timeout: 240_000 }, async () => {
      const { clean, cases, problems } = await runMatrix(scenario, { limit: 160 });
      expect(clean.requests.length).toBeGreaterThanOrEqual(12);
      expect(cases).toBeGreaterThanOrEqual(clean.requests.length * 6);
      expect(problems).toEqual([]);
    });
  }
});
