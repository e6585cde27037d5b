/**
 * Which board meeting an escalated item goes to (psf preset: the second Wednesday of every other month from January,
 * 7 days to prepare): escalated exactly 7 days before a meeting, it is on that meeting; 6 days before, on the next.
 * Counted on UTC dates: any time of the day counts as the day.
 */
import { describe, expect, it } from "vitest";
import { reviewingMeeting } from "../../../src/decide/calendar.ts";
import { decideCommand } from "../../../src/decide/decision.ts";
import { builtInTemplates } from "../../../src/gather/comment-templates.ts";
import { grantBody } from "../../support/bodies.ts";
import { psf } from "../fixtures.ts";

// The psf calendar's meetings around the turn of 2027: 2027-01-13 and 2027-03-10 (second Wednesdays).
const JANUARY = "2027-01-13";
const MARCH = "2027-03-10";

describe("the board's 7 days of preparation", () => {
  it("is the preset's promise", () => {
    expect(psf.board.preparation_days).toBe(7);
  });

  it("puts an item escalated exactly 7 days before a meeting on it, and one 6 days before on the next", () => {
    expect(reviewingMeeting(psf.board, new Date("2027-01-06T00:00:00Z"))).toBe(JANUARY);
    expect(reviewingMeeting(psf.board, new Date("2027-01-06T23:59:59Z"))).toBe(JANUARY);
    expect(reviewingMeeting(psf.board, new Date("2027-01-07T00:00:00Z"))).toBe(MARCH);
  });

  it("a /recommend that escalates records the same meeting", () => {
    const recommend = (now: string) => {
      const plan = decideCommand({
        command: { name: "recommend", decision: "approve" },
        commentId: 501,
        by: "gwen",
        at: now,
        item: {
          number: 7,
          title: "Grant request",
          body: grantBody({
            amount: "12,000 USD",
            budget: "- Venue: 12,000 USD (essential)",
            start_date: "2027-09-01",
            end_date: "2027-09-02",
          }),
          author: "ada",
          state: "open",
          labels: ["kind/grant", "status/grants-wg-review"],
          isPull: false,
          createdAt: "2026-11-01T10:00:00Z",
        },
        records: [],
        config: psf,
        now: new Date(now),
        templates: builtInTemplates(),
      });
      return plan.ok ? plan.record.meeting : plan.reply;
    };
    expect(recommend("2027-01-06T18:00:00Z")).toBe(JANUARY);
    expect(recommend("2027-01-07T06:00:00Z")).toBe(MARCH);
  });
});
