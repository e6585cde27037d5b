import { describe, expect, it } from "vitest";
import { decisionTargetPassed } from "../../../../src/decide/rules/sweep-grant/decision-target-passed.ts";
import { grantIssue, psf2026 } from "../../fixtures.ts";
import { act, wrote } from "./helpers.ts";

/** Filed on 2027-01-04: its target (psf-2026: 8 weeks) is 2027-03-01. */
const filed = (labels: string[]) => grantIssue(labels, "2027-01-04T15:30:00Z");
const TARGET_DAY_END = new Date("2027-03-01T23:59:59Z");
const DAY_AFTER = new Date("2027-03-02T00:00:00Z");
const at = (now: Date) => ({ config: psf2026, now });
const marker = (labels: string[], now = DAY_AFTER) =>
  act(decisionTargetPassed, filed(labels), [], at(now))?.comment?.marker;

describe("decision-target-passed", () => {
  it("declares what it does and the keys it reads", () => {
    expect(decisionTargetPassed.code).toBe("decision-target-passed");
    expect(decisionTargetPassed.configKeys).toContain("grants.decision_weeks");
    expect(decisionTargetPassed.configKeys).toContain("grants.fast_track_decision_weeks");
    expect(decisionTargetPassed.label).toBeUndefined();
    expect(decisionTargetPassed.listed).toBeUndefined();
    expect(psf2026.grants.decision_weeks).toBe(8);
  });

  it("not on the target day itself; the day after, one comment to the Grants WG", () => {
    expect(marker(["status/grants-wg-review"], TARGET_DAY_END)).toBeUndefined();
    expect(act(decisionTargetPassed, filed(["status/grants-wg-review"]), [], at(DAY_AFTER))).toEqual({
      comment: {
        marker: "decision-target-passed grants-wg 2027-03-01",
        body: [
          "This grant request was filed on 2027-01-04. Its decision target, 8 weeks after filing, was 2027-03-01, and today it is 1 day past it without a decision.",
          "",
          "@psf/grants-wg: please record a recommendation with `/recommend approve [amount]` or `/recommend decline`, or tell the applicant here when they can expect one. For a request up to 10,000 USD the Grants WG's decision is final.",
          "",
          "To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here.",
        ].join("\n"),
      },
    });
  });

  it("the fast track's own target: 2 weeks after filing", () => {
    expect(marker(["status/grants-wg-review", "grant/fast-track"], new Date("2027-01-19T00:00:00Z"))).toBe(
      "decision-target-passed grants-wg 2027-01-18",
    );
    expect(
      marker(["status/grants-wg-review", "grant/fast-track"], new Date("2027-01-18T23:59:59Z")),
    ).toBeUndefined();
  });

  it("tells whoever holds the request: the board in board review, deferred too; nobody in needs-info", () => {
    expect(marker(["status/board-review"])).toBe("decision-target-passed board 2027-03-01");
    expect(marker(["status/board-review", "status/deferred"])).toBe(
      "decision-target-passed board 2027-03-01",
    );
    expect(marker(["status/needs-info"])).toBeUndefined();
    expect(marker([])).toBeUndefined();
    expect(marker(["status/grants-wg-review", "status/approved"])).toBeUndefined();
    expect(marker(["status/board-review", "status/declined"])).toBeUndefined();
  });

  it("once per stage and target, found by wgbot's own marker only", () => {
    const issue = filed(["status/board-review"]);
    const run = (login?: string) =>
      act(
        decisionTargetPassed,
        issue,
        [wrote("decision-target-passed board 2027-03-01", 0, login)],
        at(DAY_AFTER),
      );
    expect(run()).toBeUndefined();
    expect(run("mallory")?.comment?.marker).toBe("decision-target-passed board 2027-03-01");
    // The Grants WG was told; once escalated, the board is told too.
    const told = [wrote("decision-target-passed grants-wg 2027-03-01", 0)];
    expect(act(decisionTargetPassed, issue, told, at(DAY_AFTER))?.comment?.marker).toBe(
      "decision-target-passed board 2027-03-01",
    );
  });
});
