/**
 * One test per scenario, with what it is pinned to: the clean run's writes (a clean run that does nothing, or
 * something else, would make every fault case pass vacuously) and the number of fault cases (a request dropped
 * from the flow, or a fault kind no longer applied, changes it). Change a literal only with the flow it follows.
 */
import { describe, expect, it } from "vitest";
import { runMatrix, type Scenario, writesOf } from "./harness.ts";

export interface Pinned {
  scenario: Scenario;
  /** The clean run's writes, in order. */
  writes: string[];
  /** Fault cases: the clean run's requests × the fault kinds that apply to each. */
  cases: number;
}

export function matrixSuite(title: string, pins: Pinned[]): void {
  describe.concurrent(title, () => {
    for (const pin of pins) {
      it(pin.scenario.name, { timeout: 120_000 }, async () => {
        const { clean, cases, problems } = await runMatrix(pin.scenario, { limit: 160 });
        expect(writesOf(clean)).toEqual(pin.writes);
        expect(cases).toBe(pin.cases);
        expect(problems).toEqual([]);
      });
    }
  });
}
