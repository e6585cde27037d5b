import { describe, expect, it } from "vitest";
import { startPast } from "../../../../src/decide/rules/charter-proposal/start-past.ts";
import { charter } from "../../fixtures.ts";
import { expectAlone, run } from "./helpers.ts";

describe("start-past", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(startPast, charter({ active_time: { start: "2026-01-01", review: "2027-06-01" } }));
  });

  it("explains a start date in the past", () => {
    const findings = run({ active_time: { start: "2026-01-01", review: "2027-06-01" } });
    expect(findings).toEqual([
      {
        severity: "error",
        code: "rule.proposal-start-past",
        path: ["active_time", "start"],
        message: "The start date 2026-01-01 is more than a month in the past.",
        hint: "A new work group starts when the board approves it: choose a date from 2026-10-23 on, for example the first day of next month.",
      },
    ]);
  });
});
