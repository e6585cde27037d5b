import { describe, expect, it } from "vitest";
import type { Config } from "../../../../src/config/types.ts";
import { termTooLong } from "../../../../src/validate/rules/charter/term-too-long.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, codes, expectAlone, psf } from "./helpers.ts";

describe("term-too-long", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(termTooLong, charter({ active_time: { start: "2025-01-15", review: "2027-01-16" } }));
  });

  it("allows a term of exactly max_term_months, and not a day more", () => {
    expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-01-15" } }))).toEqual([]);
    expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-01-16" } }))).toEqual([
      "rule.term-too-long",
    ]);
    // 24 whole months and 30 days is still more than 24 months.
    expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-02-14" } }))).toEqual([
      "rule.term-too-long",
    ]);
    // From the last day of a month to the last day of a shorter one.
    expect(codes(charter({ active_time: { start: "2024-12-31", review: "2026-12-31" } }))).toEqual([]);
    const short: Config = { ...psf, workgroups: { ...psf.workgroups, max_term_months: 1 } };
    expect(codes(charter({ active_time: { start: "2025-01-31", review: "2025-02-28" } }), short)).toEqual([]);
    expect(codes(charter({ active_time: { start: "2025-01-31", review: "2025-03-01" } }), short)).toEqual([
      "rule.term-too-long",
    ]);
    expect(codes(charter({ active_time: { start: "2024-01-31", review: "2024-02-29" } }), short)).toEqual([]);
    const [f] = charterRules(charter({ active_time: { start: "2025-01-31", review: "2027-03-01" } }), {
      config: psf,
    });
    expect(f).toMatchObject({
      code: "rule.term-too-long",
      message: "The review date 2027-03-01 is more than 24 months after the start date 2025-01-31.",
      hint: "Choose a review date on or before 2027-01-31: work groups do not exist forever.",
    });
  });

  it("follows the configured maximum term", () => {
    const short: Config = { ...psf, workgroups: { ...psf.workgroups, max_term_months: 12 } };
    expect(codes(charter({ active_time: { start: "2025-01-15", review: "2026-01-15" } }), short)).toEqual([]);
    expect(codes(charter({ active_time: { start: "2025-01-15", review: "2026-02-15" } }), short)).toEqual([
      "rule.term-too-long",
    ]);
  });
});
