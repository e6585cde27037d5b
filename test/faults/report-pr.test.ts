/**
 * Faults on every GitHub call of a monthly report pull request: its check run (in one request, and with 60
 * annotations in two: a create and an update, since the Checks API takes 50 at a time) and its labels.
 */
import { describe, expect, it } from "vitest";
import { runMatrix } from "./harness.ts";
import { REPORT_PR, REPORT_PR_LARGE } from "./scenarios.ts";

describe.concurrent("faults in the report pull request flow", () => {
  for (const scenario of [REPORT_PR, REPORT_PR_LARGE]) {
    it(scenario.name, { timeout: 240_000 }, async () => {
      const { clean, cases, problems } = await runMatrix(scenario, { limit: 160 });
      expect(clean.requests.some((r) => r.method === "POST" && r.path.endsWith("/check-runs"))).toBe(true);
      expect(cases).toBeGreaterThanOrEqual(clean.requests.length * 6);
      expect(problems).toEqual([]);
    });
  }
});
