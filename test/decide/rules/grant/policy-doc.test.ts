/**
 * docs/policy.md maps every grant rule to its source and its settings: each rule's code and each config key it reads
 * are named there, so a new rule or key cannot ship undocumented.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRANT_RULES } from "../../../../src/decide/rules/grant/index.ts";

const DOC = readFileSync(new URL("../../../../docs/policy.md", import.meta.url), "utf8");

describe("docs/policy.md", () => {
  it.each(GRANT_RULES.map((r) => [r.id, r] as const))(
    "names %s: its code and every config key it reads",
    (_id, rule) => {
      expect(DOC, rule.id).toContain(`\`${rule.code}\``);
      for (const key of rule.configKeys) expect(DOC, `${rule.id} reads ${key}`).toContain(`\`${key}\``);
    },
  );

  it("is not vacuous: a key no rule reads is not there", () => {
    expect(DOC).not.toContain("`grants.minimum_lead_day`");
    expect(GRANT_RULES.flatMap((r) => r.configKeys).length).toBeGreaterThan(20);
  });
});
