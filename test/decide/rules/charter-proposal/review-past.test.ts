import { describe, it } from "vitest";
import { reviewPast } from "../../../../src/decide/rules/charter-proposal/review-past.ts";
import { charter } from "../../fixtures.ts";
import { expectAlone } from "./helpers.ts";

describe("review-past", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(reviewPast, charter({ active_time: { start: "2026-10-25", review: "2026-11-20" } }));
  });
});
