/**
 * The sweep answers a request nobody answered only after a grace of exactly 15 minutes (src/decide/unanswered.ts):
 * written out as 14:59 and 15:00 here, so a change to the constant or to its comparison fails.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import type { SweepIssue } from "../../../src/decide/sweep-model.ts";
import { unansweredRequests } from "../../../src/decide/unanswered.ts";

const NOW = new Date("2026-11-21T12:00:00Z");

function request(number: number, age: { minutes: number; seconds: number }): SweepIssue {
  const created = new Date(NOW.getTime() - (age.minutes * 60 + age.seconds) * 1000).toISOString();
  return {
    number,
    title: "Grant request",
    body: "",
    state: "open",
    labels: ["kind/grant"],
    author: { login: "ada", type: "User" },
    created_at: created,
    updated_at: created,
  };
}

describe("the 15-minute grace for unanswered requests", () => {
  it("leaves a request 14:59 old to its first delivery and answers one 15:00 old", () => {
    const answered = (age: { minutes: number; seconds: number }) =>
      unansweredRequests([request(1, age)], PRESETS.psf, NOW).map((i) => i.number);
    expect(answered({ minutes: 14, seconds: 59 })).toEqual([]);
    expect(answered({ minutes: 15, seconds: 0 })).toEqual([1]);
    expect(answered({ minutes: 15, seconds: 1 })).toEqual([1]);
  });
});
