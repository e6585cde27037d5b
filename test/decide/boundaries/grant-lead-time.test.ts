/**
 * Grant lead time at its exact boundaries (psf preset): an event exactly 42 days away is on time and 41 days is late;
 * over the board threshold, exactly 90 days is enough notice and 89 days is short notice. Days are counted from the
 * UTC date the request was filed (here: the day it is checked on), whatever the time of day.
 */
import { describe, expect, it } from "vitest";
import { grantPolicy } from "../../../src/decide/rules/grant.ts";
import { addDays, isoDate, parseDate } from "../../../src/util/dates.ts";
import { grant, psf } from "../fixtures.ts";

const TODAY = "2026-11-23";
const ahead = (days: number) => isoDate(addDays(parseDate(TODAY), days));

function check(days: number, amount = 8000, now = new Date(`${TODAY}T12:00:00Z`)) {
  const start = ahead(days);
  const request = grant(
    {
      requested: { amount, currency: "USD" },
      budget: [{ description: "Venue rental", category: "venue", cost: amount, essential: true }],
    },
    { start_date: start, end_date: start },
  );
  const result = grantPolicy(request, { config: psf, now, filedAt: now });
  return { flags: result.flags, codes: result.findings.map((f) => f.code) };
}

describe("minimum lead time: 42 days", () => {
  it("is the preset's promise", () => {
    expect(ahead(42)).toBe("2027-01-04");
    expect(psf.grants.minimum_lead_days).toBe(42);
  });

  it("accepts an event exactly 42 days away and flags one 41 days away as late", () => {
    expect(check(42).flags.late).toBe(false);
    expect(check(42).codes).not.toContain("rule.grant-late");
    expect(check(41).flags.late).toBe(true);
    expect(check(41).codes).toContain("rule.grant-late");
  });

  it("counts whole UTC days: the first and the last minute of the day count alike", () => {
    expect(check(42, 8000, new Date(`${TODAY}T23:59:00Z`)).flags.late).toBe(false);
    expect(check(41, 8000, new Date(`${TODAY}T00:00:00Z`)).flags.late).toBe(true);
  });

  it("counts to the deposit's due date for a deposit advance", () => {
    const deposit = (days: number) => {
      const due = ahead(days);
      const request = grant(
        {
          grant_type: "deposit-advance",
          deposit: { due_date: due, quote: "https://venue.example.org/quote.pdf" },
        },
        { start_date: ahead(200), end_date: ahead(201) },
      );
      const now = new Date(`${TODAY}T12:00:00Z`);
      return grantPolicy(request, { config: psf, now, filedAt: now }).flags.late;
    };
    expect(deposit(42)).toBe(false);
    expect(deposit(41)).toBe(true);
  });
});

describe("recommended lead time over the board threshold: 90 days", () => {
  it("is the preset's promise", () => {
    expect(ahead(90)).toBe("2027-02-21");
    expect(psf.grants.recommended_lead_days).toBe(90);
  });

  it("is enough notice at exactly 90 days and short notice at 89, for a request over the threshold", () => {
    expect(check(90, 12_000).flags).toMatchObject({ overThreshold: true, shortNotice: false, late: false });
    expect(check(90, 12_000).codes).not.toContain("rule.grant-short-notice");
    expect(check(89, 12_000).flags).toMatchObject({ overThreshold: true, shortNotice: true, late: false });
    expect(check(89, 12_000).codes).toContain("rule.grant-short-notice");
  });

  it("does not apply at or under the threshold", () => {
    expect(check(89, 10_000).flags.shortNotice).toBe(false);
  });
});
