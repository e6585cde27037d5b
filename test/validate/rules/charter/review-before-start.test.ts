import { describe, expect, it } from "vitest";
import { reviewBeforeStart } from "../../../../src/validate/rules/charter/review-before-start.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, expectAlone, psf } from "./helpers.ts";

describe("review-before-start", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(reviewBeforeStart, charter({ active_time: { start: "2025-01-15", review: "2025-01-15" } }));
  });

  it("needs the review date after the start date", () => {
    for (const review of ["2025-01-15", "2024-12-31"]) {
      const [f] = charterRules(charter({ active_time: { start: "2025-01-15", review } }), { config: psf });
      expect(f).toMatchObject({
        code: "rule.review-before-start",
        path: ["active_time", "review"],
        message: `The review date ${review} is not after the start date 2025-01-15.`,
      });
    }
  });
});
