import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import { HEALTH_RULES, healthLabels } from "../../../../src/decide/rules/health/index.ts";
import { runRules } from "../../../../src/validate/rules/rule.ts";
import { NOW, psf } from "../../fixtures.ts";
import { group, months } from "./helpers.ts";

describe("the health rules", () => {
  it("run in the order the at-risk issue lists their reasons: reports, members, leadership", () => {
    expect(HEALTH_RULES.map((r) => r.id)).toEqual(["reports-missed", "members", "leadership"]);
    const sick = group({ chairs: ["ana"], members: ["ana"], missing: months(8, 10) });
    const { findings, labels } = runRules(HEALTH_RULES, sick, PRESETS.dsf, NOW);
    expect(findings.map((f) => f.code)).toEqual([
      "rule.at-risk-reports",
      "rule.at-risk-members",
      "rule.at-risk-leadership",
      "rule.at-risk-leadership",
    ]);
    expect(labels).toEqual(["at_risk"]);
  });

  it("a healthy group: no reason, no label", () => {
    expect(runRules(HEALTH_RULES, group(), psf, NOW)).toEqual({ findings: [], labels: [] });
  });

  it("own the at-risk label, derived from the rules", () => {
    expect([...healthLabels(psf)]).toEqual(["status/at-risk"]);
  });
});
