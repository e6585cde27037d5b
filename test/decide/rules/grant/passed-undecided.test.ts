import { describe, expect, it } from "vitest";
import { passedUndecided } from "../../../../src/decide/rules/grant/passed-undecided.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, psf } from "../../fixtures.ts";
import { advance, big, codes, expectAlone, find, problems } from "./helpers.ts";

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const filedAt = (day: string) => `${day}T09:00:00Z`;

/** A request for an event starting on 2026-11-20, filed on `filed`, checked on `today`. */
const check = (
  filed: string,
  today: string,
  request = grant({}, { start_date: "2026-11-20", end_date: "2026-11-21" }),
) => grantPolicy(request, { config: psf, now: at(today), filedAt: filedAt(filed) });

const HINT =
  "Grants WG: grants are decided before the event; please decide now whether this request can still be granted (for costs already paid, if the foundation allows that) or close it, saying why. Applicant: nothing needs fixing; you may say in the request which costs are already paid and what is still needed.";

describe("passed-undecided", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(passedUndecided, grant({}, { start_date: "2026-11-20", end_date: "2026-11-21" }), {
      filedAt: filedAt("2026-09-21"),
    });
  });

  it("filed 60 days ahead, rechecked after the event started: a warning to the deciders, not late", () => {
    const result = check("2026-09-21", "2026-11-23");
    expect(codes(problems(result.findings))).toEqual(["warning:rule.grant-passed-undecided"]);
    expect(result.flags.late).toBe(false);
    expect(result.labels).not.toContain("grant/late");
    expect(find(result.findings, "rule.grant-passed-undecided")).toEqual({
      severity: "warning",
      code: "rule.grant-passed-undecided",
      path: ["event", "start_date"],
      message:
        "The event started on 2026-11-20, and this request, filed in time on 2026-09-21 (60 days before), is still waiting for a decision.",
      hint: HINT,
    });
  });

  it.each([
    ["the day before the event starts", "2026-11-19", []],
    ["the day the event starts", "2026-11-20", ["warning:rule.grant-passed-undecided"]],
    ["after the event started", "2026-11-23", ["warning:rule.grant-passed-undecided"]],
  ])("filed in time, checked %s", (_name, today, expected) => {
    const result = check("2026-09-21", today);
    expect(codes(problems(result.findings))).toEqual(expected);
    expect(result.flags.late).toBe(false);
  });

  it("on the start day it says the event starts today", () => {
    const { findings } = check("2026-09-21", "2026-11-20");
    expect(find(findings, "rule.grant-passed-undecided").message).toBe(
      "The event starts today (2026-11-20), and this request, filed in time on 2026-09-21 (60 days before), is still waiting for a decision.",
    );
  });

  it("filed the day before the event: short of the lead time (still late), and not said to be in time", () => {
    const result = check("2026-11-19", "2026-11-20");
    expect(codes(problems(result.findings))).toEqual([
      "warning:rule.grant-passed-undecided",
      "warning:rule.grant-late",
    ]);
    expect(result.flags.late).toBe(true);
    expect(find(result.findings, "rule.grant-passed-undecided").message).toBe(
      "The event starts today (2026-11-20), and this request, filed on 2026-11-19 (1 day before), is still waiting for a decision.",
    );
  });

  it("filed on the start day: the applicant's error, not this warning", () => {
    expect(codes(check("2026-11-20", "2026-11-21").findings)).not.toContain(
      "warning:rule.grant-passed-undecided",
    );
  });

  it("over the threshold, it speaks to the board too", () => {
    const result = check("2026-08-01", "2026-11-23", big("2026-11-20"));
    expect(find(result.findings, "rule.grant-passed-undecided").hint).toMatch(/^Grants WG and board: /);
  });

  it("a deposit advance filed in time whose due date passed: this warning, not deposit-past", () => {
    const result = grantPolicy(advance("2026-11-20"), {
      config: psf,
      now: at("2026-11-23"),
      filedAt: filedAt("2026-09-21"),
    });
    expect(codes(problems(result.findings))).toEqual(["warning:rule.grant-passed-undecided"]);
    expect(result.flags.late).toBe(false);
    expect(find(result.findings, "rule.grant-passed-undecided").message).toBe(
      "The deposit was due on 2026-11-20, and this request, filed in time on 2026-09-21 (60 days before), is still waiting for a decision.",
    );
    expect(find(result.findings, "rule.grant-passed-undecided").hint).toMatch(
      /^Grants WG: a deposit advance is decided before the deposit is due; /,
    );
  });

  it("a deposit advance filed after its due date: deposit-past, late", () => {
    const result = grantPolicy(advance("2026-11-20"), {
      config: psf,
      now: at("2026-11-23"),
      filedAt: filedAt("2026-11-21"),
    });
    expect(codes(problems(result.findings))).toEqual(["error:rule.grant-deposit-past"]);
    expect(find(result.findings, "rule.grant-deposit-past").message).toBe(
      "The deposit was due on 2026-11-20, before this request was filed on 2026-11-21: a deposit advance is paid before the deposit is due.",
    );
    expect(result.flags.late).toBe(true);
  });
});
