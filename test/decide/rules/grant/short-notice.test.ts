import { describe, expect, it } from "vitest";
import { shortNotice } from "../../../../src/decide/rules/grant/short-notice.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { NOW, psf, withConfig } from "../../fixtures.ts";
import { advance, big, expectAlone, find } from "./helpers.ts";

describe("short-notice", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(shortNotice, big("2027-01-22"));
  });

  it("a 12,000 USD request filed 60 days before the event: short notice, names the meeting", () => {
    const result = grantPolicy(big("2027-01-22", "2027-01-23"), { config: psf, now: NOW, filedAt: NOW });
    expect(result.flags).toEqual({
      overThreshold: true,
      late: false,
      shortNotice: true,
      notCovered: [],
      fastTrack: false,
    });
    expect(result.reviewingMeeting).toBe("2027-01-13");
    expect(result.amountInBase).toBe(12000);
    expect(
      result.findings.filter((f) => f.severity !== "suggestion" && f.code !== "rule.grant-decision-late"),
    ).toEqual([
      {
        severity: "note",
        code: "rule.grant-over-threshold",
        path: ["requested", "amount"],
        message:
          "The amount requested, 12,000 USD, is over 10,000 USD: the Grants WG reviews the request and makes a recommendation, then the board decides.",
        hint: undefined,
      },
      {
        severity: "warning",
        code: "rule.grant-short-notice",
        path: ["event", "start_date"],
        message:
          "Requests over 10,000 USD should be filed at least 90 days before the event, because the board decides them; this one was filed on 2026-11-23, 60 days before. The board meets every other month; the next meeting that can review it is 2027-01-13, 9 days before the event.",
        hint: "If the event cannot wait for the board, say so in the request, or ask for at most 10,000 USD, which the Grants WG decides alone.",
      },
    ]);
  });

  it("exactly 90 days before: no short notice; 89: short notice", () => {
    expect(grantPolicy(big("2027-02-21"), { config: psf, now: NOW }).flags.shortNotice).toBe(false);
    expect(grantPolicy(big("2027-02-20"), { config: psf, now: NOW }).flags.shortNotice).toBe(true);
  });

  it("says when the only meeting that can review it is after the event starts", () => {
    const now = new Date("2027-01-08T10:00:00Z");
    const result = grantPolicy(big("2027-03-01"), { config: psf, now, filedAt: now });
    expect(result.reviewingMeeting).toBe("2027-03-10");
    expect(find(result.findings, "rule.grant-short-notice").message).toContain(
      "this one was filed on 2027-01-08, 52 days before. The board meets every other month; the next meeting that can review it is 2027-03-10, 9 days after the event starts.",
    );
  });

  it("says when the meeting is the day the event starts", () => {
    const result = grantPolicy(big("2027-03-10"), { config: psf, now: new Date("2027-01-08T10:00:00Z") });
    expect(find(result.findings, "rule.grant-short-notice").message).toMatch(
      /is 2027-03-10, the day the event starts\.$/,
    );
  });

  it("with explicit dates and none left, says no meeting is scheduled", () => {
    const config = withConfig(psf, { board: { meeting_dates: ["2026-12-02"] } });
    const result = grantPolicy(big("2027-01-22"), { config, now: new Date("2026-11-28T10:00:00Z") });
    expect(result.reviewingMeeting).toBeUndefined();
    expect("reviewingMeeting" in result).toBe(false);
    expect(find(result.findings, "rule.grant-short-notice").message).toMatch(
      /The board meets on scheduled dates; no board meeting is scheduled after 2026-11-28 yet, so it is not known when the board can review it\.$/,
    );
  });

  it("over the threshold with short notice: compares the meeting with the due date", () => {
    const result = grantPolicy(advance("2027-01-22", "2027-09-01", 12000), {
      config: psf,
      now: NOW,
      filedAt: NOW,
    });
    expect(result.flags).toMatchObject({ overThreshold: true, shortNotice: true, late: false });
    expect(find(result.findings, "rule.grant-short-notice")).toMatchObject({
      path: ["deposit", "due_date"],
      message:
        "Requests over 10,000 USD should be filed at least 90 days before the deposit is due, because the board decides them; this one was filed on 2026-11-23, 60 days before. The board meets every other month; the next meeting that can review it is 2027-01-13, 9 days before the deposit is due.",
    });
  });

  it("counts from filing: filed 95 days ahead, checked 10 days later, it is not short notice", () => {
    const result = grantPolicy(big("2027-02-26"), { config: psf, now: NOW, filedAt: "2026-11-23T09:00:00Z" });
    expect(result.flags.shortNotice).toBe(false);
    const later = grantPolicy(big("2027-02-26"), {
      config: psf,
      now: new Date("2026-12-03T09:00:00Z"),
      filedAt: "2026-11-23T09:00:00Z",
    });
    expect(later.flags.shortNotice).toBe(false);
  });
});
