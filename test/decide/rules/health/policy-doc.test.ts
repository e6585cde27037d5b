/** docs/policy.md names every health rule's code and each config key it reads, as it does the grant rules'. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HEALTH_RULES } from "../../../../src/decide/rules/health/index.ts";

const DOC = readFileSync(new URL("../../../../docs/policy.md", import.meta.url), "utf8");

describe("docs/policy.md", () => {
  it.each(HEALTH_RULES.map((r) => [r.id, r] as const))(
    "names %s: its code and every config key it reads",
    (_id, rule) => {
      expect(DOC, rule.id).toContain(`\`${rule.code}\``);
      for (const key of rule.configKeys) expect(DOC, `${rule.id} reads ${key}`).toContain(`\`${key}\``);
    },
  );
});
