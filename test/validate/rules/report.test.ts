/** The report rules together (src/validate/rules/report.ts): the list, in order, at once. */
import { describe, expect, it } from "vitest";
import { validator } from "../../../src/schema/registry.ts";
import { reportRules } from "../../../src/validate/rules/report.ts";
import { charter, codes, context, report } from "./report/helpers.ts";

describe("reportRules", () => {
  it("finds nothing wrong with a good report, which the schema also accepts", () => {
    expect(validator("report")(report())).toBe(true);
    expect(reportRules(report(), context())).toEqual([]);
  });

  it("leaves membership alone when the charter is invalid: its own problems are reported on it", () => {
    expect(codes(report({ submitted_by: "mallory" }), { charter: "invalid" })).toEqual([]);
    expect(codes(report({ period: "2026-09" }), { charter: "invalid" })).toEqual(["rule.period-file"]);
  });

  it("checks membership even when the period is refused", () => {
    const stopped = charter({ status: "retired" });
    expect(codes(report({ submitted_by: "mallory" }), { charter: stopped })).toEqual([
      "rule.workgroup-not-active",
      "rule.submitter-not-member",
    ]);
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
