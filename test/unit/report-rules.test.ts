import { describe, expect, it } from "vitest";
import type { Report } from "../../src/generated/report.ts";
import { validator } from "../../src/schema/registry.ts";
import { type ReportContext, reportRules } from "../../src/validate/rules/report.ts";
import { validCharter } from "../support/charters.ts";

const CURRENT_MONTH = "2026-11";

function report(overrides: Partial<Report> = {}): Report {
  return {
    workgroup: "packaging",
    period: "2026-10",
    submitted_by: "alice",
    highlights: ["Released the new packaging guide"],
    ...overrides,
  };
}

const charter = validCharter;

function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    folderSlug: "packaging",
    fileMonth: "2026-10",
    charter: charter(),
    currentMonth: CURRENT_MONTH,
    ...overrides,
  };
}

const codes = (r: Report, ctx: Partial<ReportContext> = {}) =>
  reportRules(r, context(ctx)).map((f) => f.code);

describe("reportRules", () => {
  it("finds nothing wrong with a good report, which the schema also accepts", () => {
    expect(validator("report")(report())).toBe(true);
    expect(reportRules(report(), context())).toEqual([]);
  });

  it("needs the period to match the file name", () => {
    const [f] = reportRules(report({ period: "2026-09" }), context());
    expect(f).toMatchObject({
      severity: "error",
      code: "rule.period-file",
      path: ["period"],
      message: "The period 2026-09 does not match the file name 2026-10.yml.",
      hint: 'Set `period: "2026-10"`, or rename the file to 2026-09.yml.',
    });
  });

  it("needs the work group to match the folder", () => {
    const [f] = reportRules(report({ workgroup: "typing" }), context());
    expect(f).toMatchObject({
      code: "rule.workgroup-folder",
      path: ["workgroup"],
      message: "The work group `typing` does not match the folder `packaging`.",
    });
  });

  it("accepts the current month and refuses a future one", () => {
    expect(codes(report({ period: "2026-11" }), { fileMonth: "2026-11" })).toEqual([]);
    expect(codes(report({ period: "2026-12" }), { fileMonth: "2026-12" })).toEqual(["rule.future-period"]);
    expect(codes(report({ period: "2027-01" }), { fileMonth: "2027-01" })).toEqual(["rule.future-period"]);
  });

  it("follows the current month it is given, across a year end", () => {
    const december = { period: "2026-12" };
    expect(codes(report(december), { fileMonth: "2026-12", currentMonth: "2026-12" })).toEqual([]);
    expect(codes(report({ period: "2027-01" }), { fileMonth: "2027-01", currentMonth: "2026-12" })).toEqual([
      "rule.future-period",
    ]);
  });

  describe("the work group's charter", () => {
    it("needs a charter, and stops there without one", () => {
      const findings = reportRules(report({ submitted_by: "mallory" }), context({ charter: undefined }));
      expect(findings).toEqual([
        expect.objectContaining({
          code: "rule.no-charter",
          path: ["workgroup"],
          message: "There is no charter for the work group `packaging`.",
          hint: "Add workgroups/packaging/charter.yml, or check the folder name.",
        }),
      ]);
    });

    it("leaves membership alone when the charter is invalid: its own problems are reported on it", () => {
      expect(codes(report({ submitted_by: "mallory" }), { charter: "invalid" })).toEqual([]);
      expect(codes(report({ period: "2026-09" }), { charter: "invalid" })).toEqual(["rule.period-file"]);
    });

    it("accepts reports from chairs and members, whatever the case of the login", () => {
      for (const who of ["alice", "BOB", "Carol"]) expect(codes(report({ submitted_by: who }))).toEqual([]);
      const chairOnly = charter({ participants: { chairs: ["dana"], members: ["alice"] } });
      expect(codes(report({ submitted_by: "dana" }), { charter: chairOnly })).toEqual([]);
    });

    it("refuses a report from someone outside the work group", () => {
      const [f] = reportRules(report({ submitted_by: "mallory" }), context());
      expect(f).toMatchObject({
        code: "rule.submitter-not-member",
        path: ["submitted_by"],
        message: "`mallory` is not a chair or member of `packaging` according to its charter.",
      });
    });

    it("refuses reports for a work group that is only proposed", () => {
      const [f] = reportRules(report(), context({ charter: charter({ status: "proposed" }) }));
      expect(f).toMatchObject({
        code: "rule.workgroup-not-active",
        message: "The work group `packaging` is only proposed; it reports once the board has approved it.",
      });
    });

    it("refuses a period before the work group started, accepting its first month", () => {
      const late = charter({ active_time: { start: "2026-10-20", review: "2027-10-20" } });
      expect(codes(report(), { charter: late })).toEqual([]);
      const later = charter({ active_time: { start: "2026-11-01", review: "2027-11-01" } });
      const [f] = reportRules(report(), context({ charter: later }));
      expect(f).toMatchObject({
        code: "rule.before-start",
        path: ["period"],
        message: "The period 2026-10 is before the work group started (2026-11-01).",
      });
    });

    it("accepts reports up to the month an inactive or retired work group stopped, and none after", () => {
      for (const status of ["inactive", "retired"] as const) {
        const stopped = charter({
          status,
          active_time: { start: "2025-01-15", review: "2026-12-15", end: "2026-09-10" },
        });
        expect(codes(report({ period: "2026-09" }), { charter: stopped, fileMonth: "2026-09" })).toEqual([]);
        const [f] = reportRules(report(), context({ charter: stopped }));
        expect(f).toMatchObject({
          code: "rule.workgroup-not-active",
          message: `The work group \`packaging\` is ${status} since September 2026; it cannot file a report for October 2026.`,
        });
      }
    });

    it("refuses every report from a stopped work group with no end date", () => {
      const stopped = charter({ status: "retired" });
      const [f] = reportRules(report(), context({ charter: stopped }));
      expect(f?.message).toBe(
        "The work group `packaging` is retired; it cannot file a report for October 2026.",
      );
    });

    it("checks membership even when the period is refused", () => {
      const stopped = charter({ status: "retired" });
      expect(codes(report({ submitted_by: "mallory" }), { charter: stopped })).toEqual([
        "rule.workgroup-not-active",
        "rule.submitter-not-member",
      ]);
    });
  });

  it("reports every problem at once", () => {
    const r = report({ workgroup: "typing", period: "2027-05", submitted_by: "mallory" });
    expect(codes(r)).toEqual([
      "rule.period-file",
      "rule.workgroup-folder",
      "rule.future-period",
      "rule.submitter-not-member",
    ]);
  });
});
