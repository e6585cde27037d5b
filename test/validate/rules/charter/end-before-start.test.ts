import { describe, expect, it } from "vitest";
import { endBeforeStart } from "../../../../src/validate/rules/charter/end-before-start.ts";
import { charter, codes, expectAlone } from "./helpers.ts";

describe("end-before-start", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(
      endBeforeStart,
      charter({
        status: "inactive",
        active_time: { start: "2025-01-15", review: "2026-12-15", end: "2024-12-01" },
      }),
    );
  });

  it("refuses an end before the start", () => {
    const c = charter({
      status: "inactive",
      active_time: { start: "2025-01-15", review: "2026-12-15", end: "2024-12-01" },
    });
    expect(codes(c)).toEqual(["rule.end-before-start"]);
  });
});
