/** Tracking-issue titles built from charter names write invisible characters out, as every other message does. */
import { describe, expect, it } from "vitest";
import { atRiskIssue, titleText } from "../../src/decide/sweep-issues.ts";
import type { WorkGroupState } from "../../src/validate/repository.ts";
import { charter, psf } from "./fixtures.ts";

describe("tracking-issue titles", () => {
  it("show a zero-width space in a charter name as <U+200B>", () => {
    expect(titleText("Pack\u200Baging")).toBe("Pack<U+200B>aging");
  });

  it("show a bidirectional override rather than let it reorder the title", () => {
    expect(titleText("evil\u202Egnp.exe")).toBe("evil<U+202E>gnp.exe");
  });

  it("keep plain names as they are: one line, mentions neutralised", () => {
    expect(titleText("Packaging\n  WG")).toBe("Packaging WG");
    expect(titleText("@psf")).not.toBe("@psf");
  });

  it("apply to the issue the sweep opens", () => {
    const wg = { slug: "packaging" } as unknown as WorkGroupState;
    const issue = atRiskIssue(
      { wg, charter: charter({ name: "Pack\u200Baging" }), config: psf, today: "2026-11-23" },
      ["two reports missed"],
      ["at_risk"],
    );
    expect(issue.title).toBe("Work group at risk: Pack<U+200B>aging");
  });
});
