import { describe, expect, it } from "vitest";
import { late } from "../../../../src/decide/rules/grant/late.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, withConfig } from "../../fixtures.ts";
import { advance, codes, expectAlone, find, problems } from "./helpers.ts";

/** An event on `start`, as filed on `filedAt` and checked on `now`. */
const check = (start: string, filedAt: string | undefined, now = NOW) =>
  grantPolicy(grant({}, { start_date: start, end_date: start, expected_attendees: 1000 }), {
    config: psf,
    now,
    ...(filedAt ? { filedAt } : {}),
  });

const HINT =
  "The dates cannot be changed now, and that is all right: say in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.";

describe("late", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(late, advance("2026-12-20"));
  });

  it.each([
    ["exactly 42 days before", "2027-01-04", false],
    ["41 days before", "2027-01-03", true],
    ["1 day before", "2026-11-24", true],
    ["117 days before", "2027-03-20", false],
  ])("filed today, %s the event (%s): late %s", (_name, start, isLate) => {
    const result = check(start, NOW.toISOString());
    expect(result.flags.late).toBe(isLate);
    expect(codes(problems(result.findings)).filter((c) => c.endsWith("rule.grant-late"))).toEqual(
      isLate ? ["warning:rule.grant-late"] : [],
    );
  });

  it.each([
    ["filed 42 days before, checked 10 days later", "2026-11-13T09:00:00Z", false],
    ["filed 41 days before, checked 10 days later", "2026-11-14T09:00:00Z", true],
  ])("counts from filing, not from now: %s", (_name, filedAt, isLate) => {
    // The event starts on 2026-12-25; today (2026-11-23) it is 32 days away, which alone would be late.
    expect(check("2026-12-25", filedAt).flags.late).toBe(isLate);
  });

  it("a typo fixed 10 days after filing 50 days ahead does not make the request late", () => {
    const filedAt = "2026-11-13T16:20:00Z";
    const tenDaysLater = new Date("2026-11-23T08:00:00Z");
    const result = check("2027-01-02", filedAt, tenDaysLater);
    expect(result.flags.late).toBe(false);
    expect(result.filed).toEqual({ date: "2026-11-13", known: true });
  });

  it("explains a late request kindly: the lead time, when it was filed, what it means", () => {
    const { findings } = check("2027-01-03", "2026-11-23T10:00:00Z");
    expect(find(findings, "rule.grant-late")).toEqual({
      severity: "warning",
      code: "rule.grant-late",
      path: ["event", "start_date"],
      message:
        "Grant requests are filed at least 42 days (6 weeks) before the event, so the Grants WG has time to review them. This one was filed on 2026-11-23, 41 days before the event starts on 2027-01-03: less than the minimum lead time, so it may be declined.",
      hint: HINT,
    });
  });

  it("without a filing date, counts from today and says so", () => {
    const { findings } = check("2027-01-03", undefined);
    expect(find(findings, "rule.grant-late").message).toContain(
      "This one is counted from today, 2026-11-23 (the day it was filed is not known), 41 days before the event starts on 2027-01-03",
    );
  });

  it("counts from the UTC date of filing, whatever the time of day", () => {
    expect(check("2027-01-04", "2026-11-23T23:59:59Z").flags.late).toBe(false);
    expect(check("2027-01-04", "2026-11-24T00:00:00Z").flags.late).toBe(true);
  });

  it("the minimum comes from the config", () => {
    const config = withConfig(psf, { grants: { minimum_lead_days: 30 } });
    const request = (start: string) => grant({}, { start_date: start, end_date: start });
    expect(grantPolicy(request("2026-12-23"), { config, now: NOW }).flags.late).toBe(false);
    const result = grantPolicy(request("2026-12-22"), { config, now: NOW });
    expect(find(result.findings, "rule.grant-late").message).toContain("at least 30 days before the event");
  });

  it("counts the lead time to the due date: 27 days before it is late, though the event is months away", () => {
    const result = grantPolicy(advance("2026-12-20"), {
      config: psf,
      now: NOW,
      filedAt: "2026-11-23T12:00:00Z",
    });
    expect(result.flags.late).toBe(true);
    expect(find(result.findings, "rule.grant-late")).toEqual({
      severity: "warning",
      code: "rule.grant-late",
      path: ["deposit", "due_date"],
      message:
        "Grant requests are filed at least 42 days (6 weeks) before the deposit is due, so the Grants WG has time to review them. This one was filed on 2026-11-23, 27 days before the deposit is due on 2026-12-20: less than the minimum lead time, so it may be declined.",
      hint: HINT,
    });
  });

  it.each([
    ["exactly 42 days before the due date", "2027-01-04", false],
    ["41 days before the due date", "2027-01-03", true],
  ])("%s (%s): late %s", (_name, due, isLate) => {
    expect(grantPolicy(advance(due), { config: psf, now: NOW }).flags.late).toBe(isLate);
  });
});
