import { describe, expect, it } from "vitest";
import {
  type BoardCalendar,
  cadence,
  meetingInMonth,
  meetingOfMilestone,
  meetingsBetween,
  milestoneTitle,
  nextMeeting,
  reviewingMeeting,
} from "../../src/decide/calendar.ts";
import { psf } from "./fixtures.ts";

const board = (patch: Partial<BoardCalendar> = {}): BoardCalendar => ({ ...psf.board, ...patch });
const d = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

describe("meetingsBetween", () => {
  it("psf default: the second Wednesday of every other month from January, across years", () => {
    expect(meetingsBetween(board(), d("2026-01-01"), d("2028-12-31"))).toEqual([
      "2026-01-14",
      "2026-03-11",
      "2026-05-13",
      "2026-07-08",
      "2026-09-09",
      "2026-11-11",
      "2027-01-13",
      "2027-03-10",
      "2027-05-12",
      "2027-07-14",
      "2027-09-08",
      "2027-11-10",
      "2028-01-12",
      "2028-03-08",
      "2028-05-10",
      "2028-07-12",
      "2028-09-13",
      "2028-11-08",
    ]);
  });

  it.each([
    ["both ends included", "2027-01-13", "2027-01-13", ["2027-01-13"]],
    ["the day after to the day before", "2027-01-14", "2027-03-09", []],
    ["from a meeting to the next", "2027-01-13", "2027-03-10", ["2027-01-13", "2027-03-10"]],
    ["across New Year", "2026-11-12", "2027-01-13", ["2027-01-13"]],
    ["an even month has none", "2027-02-01", "2027-02-28", []],
    ["to before from", "2027-03-10", "2027-01-13", []],
  ])("%s (%s → %s)", (_name, from, to, expected) => {
    expect(meetingsBetween(board(), d(from), d(to))).toEqual(expected);
  });

  it("uses the UTC date of a time of day", () => {
    expect(meetingsBetween(board(), d("2027-01-13T23:59:59Z"), d("2027-01-13T00:00:01Z"))).toEqual([
      "2027-01-13",
    ]);
  });

  it("the last Friday of every month", () => {
    expect(
      meetingsBetween(
        board({ every_months: 1, weekday: "friday", week: -1 }),
        d("2026-01-01"),
        d("2026-12-31"),
      ),
    ).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
      "2026-04-24",
      "2026-05-29",
      "2026-06-26",
      "2026-07-31",
      "2026-08-28",
      "2026-09-25",
      "2026-10-30",
      "2026-11-27",
      "2026-12-25",
    ]);
  });

  it.each<[string, Partial<BoardCalendar>, string, string | undefined]>([
    [
      "last Tuesday of February in a leap year",
      { every_months: 1, weekday: "tuesday", week: -1 },
      "2028-02",
      "2028-02-29",
    ],
    [
      "last Sunday of February, ending on the 28th",
      { every_months: 1, weekday: "sunday", week: -1 },
      "2027-02",
      "2027-02-28",
    ],
    ["last Monday of December", { every_months: 1, weekday: "monday", week: -1 }, "2027-12", "2027-12-27"],
    [
      "fourth Thursday of November",
      { every_months: 12, first_month: 11, weekday: "thursday", week: 4 },
      "2026-11",
      "2026-11-26",
    ],
    ["first Wednesday when the 1st is one", { every_months: 1, week: 1 }, "2025-01", "2025-01-01"],
    ["no meeting in an off month", {}, "2027-02", undefined],
  ])("%s", (_name, patch, month, expected) => {
    expect(meetingInMonth(board(patch), month)).toBe(expected);
  });

  it("quarterly on the first Monday, counted from March (December is a meeting month too)", () => {
    expect(
      meetingsBetween(
        board({ every_months: 3, first_month: 3, weekday: "monday", week: 1 }),
        d("2025-11-01"),
        d("2027-03-31"),
      ),
    ).toEqual(["2025-12-01", "2026-03-02", "2026-06-01", "2026-09-07", "2026-12-07", "2027-03-01"]);
  });

  it("every 5 months from March: the same months every year", () => {
    const b = board({ every_months: 5, first_month: 3 });
    expect(meetingsBetween(b, d("2026-01-01"), d("2027-12-31")).map((x) => x.slice(0, 7))).toEqual([
      "2026-03",
      "2026-08",
      "2027-03",
      "2027-08",
    ]);
  });

  it("explicit dates replace the rule, sorted and without duplicates", () => {
    const b = board({ meeting_dates: ["2027-02-03", "2026-12-09", "2027-02-03", "2027-04-21"] });
    expect(meetingsBetween(b, d("2026-01-01"), d("2027-12-31"))).toEqual([
      "2026-12-09",
      "2027-02-03",
      "2027-04-21",
    ]);
    expect(meetingsBetween(b, d("2026-12-10"), d("2027-02-03"))).toEqual(["2027-02-03"]);
    expect(meetingInMonth(b, "2027-01")).toBeUndefined();
    expect(meetingInMonth(b, "2027-02")).toBe("2027-02-03");
  });
});

describe("reviewingMeeting", () => {
  it.each([
    ["escalated exactly 7 days before", "2027-01-06", "2027-01-13"],
    ["late in the day, 7 days before", "2027-01-06T23:59:00Z", "2027-01-13"],
    ["6 days before: waits for the next", "2027-01-07", "2027-03-10"],
    ["3 days before: waits for the next", "2027-01-10T09:00:00Z", "2027-03-10"],
    ["on the meeting day", "2027-01-13", "2027-03-10"],
    ["the day after a meeting", "2027-01-14", "2027-03-10"],
    ["6 days before a meeting, across New Year", "2026-11-05", "2027-01-13"],
    ["in December", "2026-12-20", "2027-01-13"],
    ["in an even month, long before", "2026-12-01", "2027-01-13"],
  ])("%s (%s → %s)", (_name, at, expected) => {
    expect(reviewingMeeting(board(), d(at))).toBe(expected);
  });

  it("without preparation days, an item escalated on the meeting day is reviewed that day", () => {
    expect(reviewingMeeting(board({ preparation_days: 0 }), d("2027-01-13T08:00:00Z"))).toBe("2027-01-13");
  });

  it("a yearly meeting is found up to a year ahead", () => {
    expect(reviewingMeeting(board({ every_months: 12, first_month: 6 }), d("2027-06-08"))).toBe("2028-06-14");
  });

  it.each([
    ["before the first date", "2027-01-01", "2027-01-13"],
    ["inside the preparation time of the first", "2027-01-08", "2027-02-10"],
    ["exactly 7 days before the last", "2027-02-03", "2027-02-10"],
    ["after the last date: none scheduled", "2027-02-04", undefined],
  ])("explicit dates: %s", (_name, at, expected) => {
    const b = board({ meeting_dates: ["2027-02-10", "2027-01-13"] });
    expect(reviewingMeeting(b, d(at))).toBe(expected);
  });

  it("nextMeeting ignores preparation days", () => {
    expect(nextMeeting(board(), d("2027-01-13"))).toBe("2027-01-13");
    expect(nextMeeting(board(), d("2027-01-14"))).toBe("2027-03-10");
  });
});

describe("milestones and wording", () => {
  it("names a meeting's milestone and reads it back", () => {
    expect(milestoneTitle("2027-01-13")).toBe("Board meeting 2027-01-13");
    expect(milestoneTitle(d("2027-01-13T18:30:00Z"))).toBe("Board meeting 2027-01-13");
    expect(meetingOfMilestone("Board meeting 2027-01-13")).toBe("2027-01-13");
    expect(meetingOfMilestone("Board meeting January")).toBeUndefined();
    expect(meetingOfMilestone("v1.0")).toBeUndefined();
  });

  it.each<[Partial<BoardCalendar>, string]>([
    [{}, "every other month"],
    [{ every_months: 1 }, "every month"],
    [{ every_months: 3 }, "every 3 months"],
    [{ every_months: 12 }, "once a year"],
    [{ meeting_dates: ["2027-01-13"] }, "on scheduled dates"],
  ])("cadence %j → %s", (patch, expected) => {
    expect(cadence(board(patch))).toBe(expected);
  });
});
