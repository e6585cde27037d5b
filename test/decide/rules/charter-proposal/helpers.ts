/** Shared by the charter proposal rule tests. */
import { expect } from "vitest";
import type { ProposalRule } from "../../../../src/decide/rules/charter-proposal/input.ts";
import { proposalRules } from "../../../../src/decide/rules/charter-proposal.ts";
import type { Finding } from "../../../../src/finding.ts";
import type { Charter } from "../../../../src/generated/charter.ts";
import { charter, NOW, psf } from "../../fixtures.ts";

export const existingSlugs = new Set(["packaging", "infrastructure", "grants"]);
export const context = { config: psf, now: NOW, existingSlugs };
export const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}`);
/** Every proposal rule on the default proposal changed by `patch`. */
export const run = (patch: Partial<Charter>, now = NOW) => proposalRules(charter(patch), { ...context, now });

/** Runs the rule alone on a proposal it must find something in and on the default proposal (nothing to say). */
export function expectAlone(rule: ProposalRule, firing: Charter) {
  const found = rule.check({ charter: firing, existingSlugs }, psf, NOW);
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f).toMatchObject({ code: rule.code, severity: rule.severity });
  expect(rule.check({ charter: charter(), existingSlugs }, psf, NOW)).toEqual([]);
}
