import { describe, expect, it } from "vitest";
import { beforeStartRule } from "../../../../src/validate/rules/report/before-start.ts";
import { reportRules } from "../../../../src/validate/rules/report.ts";
import { charter, codes, context, expectAlone, report } from "./helpers.ts";

describe("before-start", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(beforeStartRule, report(), {
      charter: charter({ active_time: { start: "2026-11-01", review: "2027-11-01" } }),
    });
  });

  it("warns of a period before the charter starts (a wrong month, or an earlier term), accepting its first month", () => {
    const late = charter({ active_time: { start: "2026-10-20", review: "2027-10-20" } });
    expect(codes(report(), { charter: late })).toEqual([]);
    const later = charter({ active_time: { start: "2026-11-01", review: "2027-11-01" } });
    const [f] = reportRules(report(), context({ charter: later }));
    expect(f).toMatchObject({
      severity: "warning",
      code: "rule.before-start",
      path: ["period"],
      message:
        "The period 2026-10 is before the work group's charter starts (2026-11-01), so wgbot does not count this report.",
    });
  });
});
