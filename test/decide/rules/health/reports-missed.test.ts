import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import type { Config } from "../../../../src/config/types.ts";
import { periodOf } from "../../../../src/decide/report-periods.ts";
import {
  atRiskRuleText,
  missedReports,
  reportsMissed,
} from "../../../../src/decide/rules/health/reports-missed.ts";
import { psf } from "../../fixtures.ts";
import { expectAlone, group, months, reasons } from "./helpers.ts";

const dsf = PRESETS.dsf;
const rule = (missed_for_at_risk: number, at_risk_window: number): Config => ({
  ...psf,
  reports: { ...psf.reports, missed_for_at_risk, at_risk_window },
});

describe("reports-missed", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(reportsMissed, group({ missing: months(9, 10) }));
  });

  it("is 2 in a row in psf, 2 of the last 3 in dsf", () => {
    expect(psf.reports).toMatchObject({ missed_for_at_risk: 2, at_risk_window: 2 });
    expect(dsf.reports).toMatchObject({ missed_for_at_risk: 2, at_risk_window: 3 });
  });

  describe("psf: 2 in a row", () => {
    it("the last 2 missed is at risk; only the last one missed is not", () => {
      expect(reasons(reportsMissed, group({ missing: months(9, 10) }))).toEqual([
        "it has missed 2 reports in a row (September 2026 and October 2026)",
      ]);
      expect(reasons(reportsMissed, group({ missing: months(10) }))).toEqual([]);
    });

    it("2 missed, not in a row, is not at risk; nor is a streak the last report ended", () => {
      expect(reasons(reportsMissed, group({ missing: months(8, 10) }))).toEqual([]);
      expect(reasons(reportsMissed, group({ missing: months(7, 8, 9) }))).toEqual([]);
    });

    it("names the whole streak, however long", () => {
      expect(reasons(reportsMissed, group({ missing: months(6, 7, 8, 9, 10) }))).toEqual([
        "it has missed 5 reports in a row (June 2026 to October 2026)",
      ]);
    });
  });

  describe("dsf: 2 of the last 3", () => {
    it("2 of the last 3 missed is at risk, in a row or not", () => {
      expect(reasons(reportsMissed, group({ missing: months(8, 10) }), dsf)).toEqual([
        "it has missed 2 of its last 3 reports (August 2026 and October 2026)",
      ]);
      expect(reasons(reportsMissed, group({ missing: months(9, 10) }), dsf)).toEqual([
        "it has missed 2 of its last 3 reports (September 2026 and October 2026)",
      ]);
    });

    it("1 of the last 3 is not; a miss 4 periods back no longer counts", () => {
      expect(reasons(reportsMissed, group({ missing: months(9) }), dsf)).toEqual([]);
      expect(reasons(reportsMissed, group({ missing: months(7, 10) }), dsf)).toEqual([]);
    });

    it("names only the misses in the window", () => {
      expect(reasons(reportsMissed, group({ missing: months(1, 8, 9, 10) }), dsf)).toEqual([
        "it has missed 3 of its last 3 reports (August 2026, September 2026 and October 2026)",
      ]);
    });
  });

  it("reads both numbers from the config: 3 in a row needs 3", () => {
    expect(reasons(reportsMissed, group({ missing: months(9, 10) }), rule(3, 3))).toEqual([]);
    expect(reasons(reportsMissed, group({ missing: months(8, 9, 10) }), rule(3, 3))).toEqual([
      "it has missed 3 reports in a row (August 2026, September 2026 and October 2026)",
    ]);
  });
});

describe("missedReports", () => {
  const periods = months(1, 2, 3, 4, 5).map((m) => periodOf(m, "monthly", 15));
  const filedExcept =
    (...missing: string[]) =>
    (p: { label: string }) =>
      !missing.includes(p.label);
  const reports = { ...PRESETS.psf.reports };

  it("in a row names the whole streak, however long", () => {
    expect(
      missedReports(periods, filedExcept("2026-03", "2026-04", "2026-05"), reports)?.missed.map(
        (p) => p.label,
      ),
    ).toEqual(["2026-03", "2026-04", "2026-05"]);
  });

  it("a window shorter than the misses it looks for is read as that many (in a row)", () => {
    const short = { ...reports, missed_for_at_risk: 3, at_risk_window: 2 };
    expect(missedReports(periods, filedExcept("2026-04", "2026-05"), short)).toBeUndefined();
    expect(missedReports(periods, filedExcept("2026-03", "2026-04", "2026-05"), short)?.inARow).toBe(true);
  });
});

describe("atRiskRuleText", () => {
  it("words the rule as the reminder issue says it", () => {
    expect(atRiskRuleText(dsf.reports)).toBe("2 of its last 3 reports");
    expect(atRiskRuleText(psf.reports)).toBe("2 reports in a row");
    expect(atRiskRuleText(rule(1, 1).reports)).toBe("1 report in a row");
    expect(atRiskRuleText(rule(3, 2).reports)).toBe("3 reports in a row");
  });
});
