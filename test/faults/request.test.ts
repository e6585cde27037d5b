/**
 * Faults on every GitHub call of the request flow (flows 1 and 2: a grant request, a charter proposal that goes
 * to the board, `/recheck`), through the real Probot app with the production retry and throttling settings. See
 * harness.ts: each request of the clean run fails in turn, in every way; the state must end as the clean run's.
 */
import { describe, expect, it } from "vitest";
import { runMatrix } from "./harness.ts";
import { CHARTER, RECHECK, REQUEST } from "./scenarios.ts";

describe.concurrent("faults in the request flow", () => {
  for (const scenario of [REQUEST, CHARTER, RECHECK]) {
    it(scenario.name, { timeout: 240_000 }, async () => {
      const { clean, cases, problems } = await runMatrix(scenario, { limit: 160 });
      expect(clean.requests.length).toBeGreaterThanOrEqual(6);
      expect(cases).toBeGreaterThanOrEqual(clean.requests.length * 6);
      expect(problems).toEqual([]);
    });
  }
});
