/**
 * Faults on every GitHub call of the protected-label guard: a protected label someone outside the board added is
 * removed with one reply; `status/board-review` added by a board member puts the item on the meeting's milestone
 * and agenda. A failure never removes a board member's label (a rate limit on the membership check is not a "no").
 */
import { describe, expect, it } from "vitest";
import { runMatrix } from "./harness.ts";
import { BOARD_LABEL, PROTECTED } from "./scenarios.ts";

describe.concurrent("faults in the protected-label guard", () => {
  for (const scenario of [PROTECTED, BOARD_LABEL]) {
    it(scenario.name, { timeout: 240_000 }, async () => {
      const { clean, cases, problems } = await runMatrix(scenario, { limit: 160 });
      expect(clean.requests.length).toBeGreaterThanOrEqual(7);
      expect(cases).toBeGreaterThanOrEqual(clean.requests.length * 6);
      expect(problems).toEqual([]);
    });
  }
});
