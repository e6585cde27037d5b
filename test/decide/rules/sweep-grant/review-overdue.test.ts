import { describe, expect, it } from "vitest";
import { REVIEW_OVERDUE, reviewOverdue } from "../../../../src/decide/rules/sweep-grant/review-overdue.ts";
import { grantIssue, psf } from "../../fixtures.ts";
import { act, ago, DAY, labelled, MINUTE, NOW, wrote } from "./helpers.ts";

const waiting = (created: string, labels = ["status/grants-wg-review"]) => grantIssue(labels, created);
const old = () => waiting(ago(100 * DAY));

describe("review-overdue", () => {
  it("declares what it does and the keys it reads", () => {
    expect(reviewOverdue).toMatchObject({
      id: "review-overdue",
      code: REVIEW_OVERDUE,
      configKeys: ["grants.grants_wg_review_days", "teams.grants_wg", "teams.mention_grants_wg"],
      listed: "grantsFlagged",
    });
    expect(reviewOverdue.label).toBeUndefined();
  });

  it("is 30 days in the psf preset", () => {
    expect(psf.grants.grants_wg_review_days).toBe(30);
  });

  it("reminds the Grants WG of a request waiting 31 days, once, by its team", () => {
    expect(act(reviewOverdue, waiting(ago(31 * DAY)))).toEqual({
      comment: {
        marker: "grants-wg-review-overdue",
        body: "This grant request has been waiting for the Grants Work Group's review since 2026-10-21, more than 30 days. @psf/grants-wg: please record a recommendation with `/recommend approve [amount]` or `/recommend decline`.",
      },
    });
  });

  it("more than 30 whole days: 31 days minus a minute, or exactly 30, is not yet", () => {
    for (const created of [ago(31 * DAY - MINUTE), ago(30 * DAY)]) {
      expect(reviewOverdue.candidate(waiting(created), psf, NOW)).toBe(false);
      expect(act(reviewOverdue, waiting(created))).toBeUndefined();
    }
  });

  it("counts from the latest grants-wg-review label: 31 days reminds, 30 does not", () => {
    const action = act(reviewOverdue, old(), [labelled("status/grants-wg-review", 31)]);
    expect(action?.comment?.body).toContain("review since 2026-10-21, more than 30 days");
    expect(act(reviewOverdue, old(), [labelled("status/grants-wg-review", 30)])).toBeUndefined();
    expect(act(reviewOverdue, old(), [labelled("status/needs-info", 1)])?.comment?.marker).toBe(
      REVIEW_OVERDUE,
    );
  });

  it("names the Grants WG without a mention when the config says so; days from the config", () => {
    const config = {
      ...psf,
      teams: { ...psf.teams, mention_grants_wg: false },
      grants: { ...psf.grants, grants_wg_review_days: 14 },
    };
    expect(act(reviewOverdue, waiting(ago(14 * DAY)), [], { config })).toBeUndefined();
    expect(act(reviewOverdue, waiting(ago(15 * DAY)), [], { config })?.comment?.body).toBe(
      "This grant request has been waiting for the Grants Work Group's review since 2026-11-06, more than 14 days. Grants Work Group: please record a recommendation with `/recommend approve [amount]` or `/recommend decline`.",
    );
  });

  it("only requests the Grants WG holds: not in needs-info, not in board review, open and undecided", () => {
    const created = ago(100 * DAY);
    expect(
      act(reviewOverdue, waiting(created, ["status/grants-wg-review", "status/needs-info"])),
    ).toBeUndefined();
    expect(
      act(reviewOverdue, waiting(created, ["status/grants-wg-review", "status/board-review"])),
    ).toBeUndefined();
    expect(act(reviewOverdue, waiting(created, []))).toBeUndefined();
    for (const decided of ["status/approved", "status/declined", "status/deferred"])
      expect(
        act(reviewOverdue, waiting(created, ["status/grants-wg-review", decided])),
        decided,
      ).toBeUndefined();
    expect(act(reviewOverdue, { ...old(), state: "closed" })).toBeUndefined();
  });

  it("is never repeated: its own earlier comment silences it, another account's does not", () => {
    expect(act(reviewOverdue, old(), [wrote(REVIEW_OVERDUE, 60)])).toBeUndefined();
    expect(act(reviewOverdue, old(), [wrote(REVIEW_OVERDUE, 1, "mallory")])?.comment?.marker).toBe(
      REVIEW_OVERDUE,
    );
  });

  it("says nothing once the Grants WG was reminded of the passed decision target, which tells it more", () => {
    expect(
      act(reviewOverdue, old(), [wrote("decision-target-passed grants-wg 2026-09-01", 5)]),
    ).toBeUndefined();
    // The board's reminder is not the Grants WG's.
    expect(
      act(reviewOverdue, old(), [wrote("decision-target-passed board 2026-09-01", 5)])?.comment?.marker,
    ).toBe(REVIEW_OVERDUE);
  });
});
