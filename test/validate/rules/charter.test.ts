/** The charter file rules together (src/validate/rules/charter.ts): the list, in order, at once. */
import { describe, expect, it } from "vitest";
import { validator } from "../../../src/schema/registry.ts";
import { charterRules } from "../../../src/validate/rules/charter.ts";
import { charter, codes, psf } from "./charter/helpers.ts";

describe("charterRules", () => {
  it("finds nothing wrong with a good charter, which the schema also accepts", () => {
    expect(validator("charter")(charter())).toBe(true);
    expect(charterRules(charter(), { config: psf, folderSlug: "packaging" })).toEqual([]);
  });

  it("reports every problem at once", () => {
    const c = charter({
      slug: "typing",
      status: "active",
      active_time: { start: "2025-01-15", review: "2025-01-01", end: "2024-01-01" },
      participants: { chairs: ["zed"], members: ["alice"] },
    });
    expect(codes(c).sort()).toEqual(
      [
        "rule.chair-not-member",
        "rule.end-before-start",
        "rule.end-while-active",
        "rule.review-before-start",
        "rule.slug-folder",
      ].sort(),
    );
  });

  it("every finding has a plain message, and a hint where a fix is not obvious", () => {
    const c = charter({
      slug: "typing",
      status: "retired",
      active_time: { start: "2025-01-15", review: "2030-01-01" },
      participants: { chairs: ["zed"], members: ["alice"] },
    });
    const findings = charterRules(c, { config: psf, folderSlug: "packaging" });
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const f of findings) {
      expect(f.message).toMatch(/^[A-Z`].*[.]$/);
      expect(f.severity).toBe("error");
      expect(f.hint ?? "").not.toMatch(/undefined|\[object/);
    }
  });
});
