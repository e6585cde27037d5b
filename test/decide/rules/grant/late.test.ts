import { describe, expect, it } from "vitest";
import { late } from "../../../../src/decide/rules/grant/late.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, withConfig } from "../../fixtures.ts";
import { advance, codes, expectAlone, find } from "./helpers.ts";

describe("late", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(late, advance("2026-12-20"));
  });

  it.each([
    ["exactly 42 days before", "2027-01-04", false],
    ["41 days before", "2027-01-03", true],
    ["1 day before", "2026-11-24", true],
    ["117 days before", "2027-03-20", false],
  ])("%s the event (%s): late %s", (_name, start, late) => {
    const result = grantPolicy(grant({}, { start_date: start, end_date: start, expected_attendees: 1000 }), {
      config: psf,
      now: NOW,
    });
    expect(result.flags.late).toBe(late);
    expect(codes(result.findings)).toEqual(late ? ["warning:rule.grant-late"] : []);
  });

  it("explains a late request, and by when it should have been filed", () => {
    const { findings } = grantPolicy(grant({}, { start_date: "2027-01-03", end_date: "2027-01-04" }), {
      config: psf,
      now: NOW,
    });
    expect(find(findings, "rule.grant-late")).toEqual({
      severity: "warning",
      code: "rule.grant-late",
      path: ["event", "start_date"],
      message:
        "The event starts on 2027-01-03, 41 days from now. Requests must be filed at least 42 days (6 weeks) before the event, so this one should have been filed by 2026-11-22; it may be declined.",
      hint: "The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
    });
  });

  it("counts from the UTC date of now, whatever the time of day", () => {
    const late = grantPolicy(grant({}, { start_date: "2027-01-04", end_date: "2027-01-04" }), {
      config: psf,
      now: new Date("2026-11-23T23:59:59Z"),
    });
    expect(late.flags.late).toBe(false);
  });

  it("the minimum comes from the config", () => {
    const config = withConfig(psf, { grants: { minimum_lead_days: 30 } });
    const result = grantPolicy(grant({}, { start_date: "2026-12-23", end_date: "2026-12-23" }), {
      config,
      now: NOW,
    });
    expect(result.flags.late).toBe(false);
    const late = grantPolicy(grant({}, { start_date: "2026-12-22", end_date: "2026-12-22" }), {
      config,
      now: NOW,
    });
    expect(find(late.findings, "rule.grant-late").message).toContain("at least 30 days before the event");
  });

  it("counts the lead time to the due date: 27 days before it is late, though the event is months away", () => {
    const result = grantPolicy(advance("2026-12-20"), { config: psf, now: NOW });
    expect(result.flags.late).toBe(true);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-late",
        path: ["deposit", "due_date"],
        message:
          "The deposit is due on 2026-12-20, 27 days from now. Requests must be filed at least 42 days (6 weeks) before the deposit is due, so this one should have been filed by 2026-11-08; it may be declined.",
        hint: "The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
      },
    ]);
  });

  it.each([
    ["exactly 42 days before the due date", "2027-01-04", false],
    ["41 days before the due date", "2027-01-03", true],
  ])("%s (%s): late %s", (_name, due, late) => {
    expect(grantPolicy(advance(due), { config: psf, now: NOW }).flags.late).toBe(late);
  });
});
