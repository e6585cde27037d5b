import { describe, expect, it } from "vitest";
import { futurePeriod } from "../../../../src/validate/rules/report/future-period.ts";
import { codes, expectAlone, report } from "./helpers.ts";

describe("future-period", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(futurePeriod, report({ period: "2026-12" }), { fileMonth: "2026-12" });
  });

  it("accepts the current month and refuses a future one", () => {
    expect(codes(report({ period: "2026-11" }), { fileMonth: "2026-11" })).toEqual([]);
    expect(codes(report({ period: "2026-12" }), { fileMonth: "2026-12" })).toEqual(["rule.future-period"]);
    expect(codes(report({ period: "2027-01" }), { fileMonth: "2027-01" })).toEqual(["rule.future-period"]);
  });

  it("follows the current month it is given, across a year end", () => {
    const december = { period: "2026-12" };
    expect(codes(report(december), { fileMonth: "2026-12", currentMonth: "2026-12" })).toEqual([]);
    expect(codes(report({ period: "2027-01" }), { fileMonth: "2027-01", currentMonth: "2026-12" })).toEqual([
      "rule.future-period",
    ]);
  });
});
