import { describe, expect, it } from "vitest";
import { endWhileActive } from "../../../../src/validate/rules/charter/end-while-active.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, codes, expectAlone, psf } from "./helpers.ts";

describe("end-while-active", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(
      endWhileActive,
      charter({ active_time: { start: "2025-01-15", review: "2026-12-15", end: "2025-06-30" } }),
    );
  });

  it("wants an end date exactly when the work group has stopped", () => {
    const ended = { start: "2025-01-15", review: "2026-12-15", end: "2025-06-30" };
    expect(codes(charter({ status: "inactive", active_time: ended }))).toEqual([]);
    expect(codes(charter({ status: "retired", active_time: ended }))).toEqual([]);
    expect(codes(charter({ status: "active", active_time: ended }))).toEqual(["rule.end-while-active"]);
    expect(codes(charter({ status: "proposed", active_time: ended }))).toEqual(["rule.end-while-active"]);
    const open = { start: "2025-01-15", review: "2026-12-15" };
    const [f] = charterRules(charter({ status: "retired", active_time: open }), { config: psf });
    expect(f).toMatchObject({
      code: "rule.missing-end",
      path: ["status"],
      message: "A work group with status `retired` needs `active_time.end`, the date it stopped.",
    });
  });
});
