import { describe, expect, it } from "vitest";
import { eventStarted } from "../../../../src/decide/rules/grant/event-started.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { codes, expectAlone, find, problems } from "./helpers.ts";

/** A request for an event starting on `start`, filed on `filed` (a day, or unknown), checked on `today`. */
const check = (start: string, filed: string | undefined, today = "2026-11-23") =>
  grantPolicy(grant({}, { start_date: start, end_date: "2026-11-30" }), {
    config: psf,
    now: new Date(`${today}T12:00:00Z`),
    ...(filed ? { filedAt: `${filed}T09:00:00Z` } : {}),
  });

describe("event-started", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(eventStarted, grant({}, { start_date: "2026-11-23", end_date: "2026-11-24" }));
  });

  it.each([
    [
      "today",
      "2026-11-23",
      "The event starts today (2026-11-23): grants are decided before an event, not during or after it.",
    ],
    [
      "yesterday",
      "2026-11-22",
      "The event started on 2026-11-22, which has passed: grants are decided before an event, not during or after it.",
    ],
  ])(
    "without a filing date, an event that started %s is an error, not also a late one",
    (_name, start, message) => {
      const result = grantPolicy(grant({}, { start_date: start, end_date: "2026-11-24" }), {
        config: psf,
        now: NOW,
      });
      expect(codes(result.findings)).toEqual(["error:rule.grant-event-started"]);
      expect(find(result.findings, "rule.grant-event-started").message).toBe(message);
      expect(result.flags.late).toBe(true);
    },
  );

  it.each([
    [
      "on the start day, checked that day",
      "2026-11-20",
      "2026-11-20",
      "This request was filed on 2026-11-20, the day the event starts: grants are decided before an event, not during or after it.",
    ],
    [
      "on the start day, checked after it",
      "2026-11-20",
      "2026-11-23",
      "This request was filed on 2026-11-20, the day the event starts: grants are decided before an event, not during or after it.",
    ],
    [
      "after the start day",
      "2026-11-22",
      "2026-11-23",
      "The event started on 2026-11-20, before this request was filed on 2026-11-22: grants are decided before an event, not during or after it.",
    ],
  ])("filed %s: an error and late", (_name, filed, today, message) => {
    const result = check("2026-11-20", filed, today);
    expect(codes(problems(result.findings))).toEqual(["error:rule.grant-event-started"]);
    expect(find(result.findings, "rule.grant-event-started").message).toBe(message);
    expect(result.flags.late).toBe(true);
    expect(result.labels).toContain("grant/late");
  });

  it.each([
    ["before the start day", "2026-11-19"],
    ["on the start day", "2026-11-20"],
    ["after the start day", "2026-11-23"],
  ])("filed the day before the event, checked %s: never an error, never late", (_name, today) => {
    const result = check("2026-11-20", "2026-11-19", today);
    expect(codes(result.findings)).not.toContain("error:rule.grant-event-started");
    // Filed 1 day ahead it is short of the lead time: that warning stays, counted from filing.
    expect(codes(problems(result.findings))).toContain("warning:rule.grant-late");
  });
});
