/** Shared by the health rule tests: an active work group as the sweep judges it, changed only where a case says so. */
import { expect } from "vitest";
import type { Config } from "../../../../src/config/types.ts";
import { periodOf } from "../../../../src/decide/report-periods.ts";
import type { HealthInput, HealthRule } from "../../../../src/decide/rules/health/input.ts";
import type { Charter } from "../../../../src/generated/charter.ts";
import { charter, NOW, psf } from "../../fixtures.ts";

/** The months of 2026 given, as "2026-01"…: January to October are due on 2026-11-16. */
export const months = (...ms: number[]) => ms.map((m) => `2026-${String(m).padStart(2, "0")}`);
const DUE = months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

/** An active group with two chairs and a third member, every report due filed unless `missing` says otherwise. */
export function group(
  patch: { missing?: string[]; chairs?: string[]; members?: string[]; liaison?: string } = {},
): HealthInput {
  const chairs = patch.chairs ?? ["ana", "ben"];
  const members = patch.members ?? [...chairs, "cy"];
  const c: Charter = charter({
    status: "active",
    participants: { chairs, members, ...(patch.liaison ? { board_liaison: patch.liaison } : {}) },
  });
  const missing = new Set(patch.missing ?? []);
  return {
    charter: c,
    people: new Set([...chairs, ...members]),
    periods: DUE.map((m) => periodOf(m, "monthly", 15)),
    filed: (p) => !missing.has(p.label),
  };
}

/** The rule's reasons (its findings' messages) for a group. */
export const reasons = (rule: HealthRule, input: HealthInput, config: Config = psf) =>
  rule.check(input, config, NOW).map((f) => f.message);

/** The rule finds something in `firing`, with the code and severity it declares, and nothing in a healthy group. */
export function expectAlone(rule: HealthRule, firing: HealthInput, config: Config = psf) {
  const found = rule.check(firing, config, NOW);
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f).toMatchObject({ code: rule.code, severity: rule.severity });
  expect(rule.label).toBe("at_risk");
  expect(rule.check(group({ liaison: "bea" }), config, NOW)).toEqual([]);
}
