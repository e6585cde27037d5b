/** Shared by the report rule tests. */
import { expect } from "vitest";
import type { Config } from "../../../../src/config/types.ts";
import type { Report } from "../../../../src/generated/report.ts";
import type { ReportRule } from "../../../../src/validate/rules/report/input.ts";
import { type ReportContext, reportRules } from "../../../../src/validate/rules/report.ts";
import { validCharter } from "../../../support/charters.ts";

const CURRENT_MONTH = "2026-11";

export function report(overrides: Partial<Report> = {}): Report {
  return {
    workgroup: "packaging",
    period: "2026-10",
    submitted_by: "alice",
    highlights: ["Released the new packaging guide"],
    ...overrides,
  };
}

export const charter = validCharter;

export function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    folderSlug: "packaging",
    fileMonth: "2026-10",
    charter: charter(),
    currentMonth: CURRENT_MONTH,
    ...overrides,
  };
}

export const codes = (r: Report, ctx: Partial<ReportContext> = {}) =>
  reportRules(r, context(ctx)).map((f) => f.code);

/** Runs the rule alone on a case it must find something in and on the good report (nothing to say). */
export function expectAlone(rule: ReportRule, firing: Report, ctx: Partial<ReportContext> = {}) {
  const none = undefined as unknown as Config;
  const found = rule.check({ ...context(ctx), report: firing }, none, new Date(Number.NaN));
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f).toMatchObject({ code: rule.code, severity: rule.severity });
  expect(rule.check({ ...context(), report: report() }, none, new Date(Number.NaN))).toEqual([]);
}
