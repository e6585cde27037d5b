import { describe, expect, it } from "vitest";
import { SWEEP_GRANT_RULES } from "../../../../src/decide/rules/sweep-grant/index.ts";
import { grantCandidates } from "../../../../src/decide/sweep-grants.ts";
import { grantIssue, psf } from "../../fixtures.ts";
import { ago, DAY, NOW } from "./helpers.ts";

describe("the sweep's grant rules", () => {
  it("get to act in this order: needs-info closing, the review reminder, the decision-target reminder", () => {
    expect(SWEEP_GRANT_RULES.map((r) => r.id)).toEqual([
      "needs-info-closed",
      "review-overdue",
      "decision-target-passed",
    ]);
  });

  it("the sweep reads the timelines of the requests any of them could act on, and of no other", () => {
    const issues = [
      grantIssue(["status/needs-info"], ago(42 * DAY), 1),
      grantIssue(["status/needs-info"], ago(41 * DAY), 2),
      grantIssue(["status/grants-wg-review"], ago(31 * DAY), 3),
      grantIssue(["status/grants-wg-review"], ago(30 * DAY), 4),
      // psf: 6 weeks to a decision; in board review, so only the decision target applies.
      grantIssue(["status/board-review"], ago(43 * DAY), 5),
      grantIssue(["status/board-review"], ago(41 * DAY), 6),
    ];
    expect(grantCandidates(issues, psf, NOW)).toEqual([1, 3, 5]);
  });
});
