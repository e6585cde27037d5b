import { describe, expect, it } from "vitest";
import { workgroupNotActive } from "../../../../src/validate/rules/report/workgroup-not-active.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { charter, codes, context, expectAlone, report } from "./helpers.ts";

describe("workgroup-not-active", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(workgroupNotActive, report(), { charter: charter({ status: "proposed" }) });
  });

  it("refuses reports for a work group that is only proposed", () => {
    const [f] = reportRules(report(), context({ charter: charter({ status: "proposed" }) }));
    expect(f).toMatchObject({
      code: "rule.workgroup-not-active",
      message: "The work group `packaging` is only proposed; it reports once the board has approved it.",
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
});
