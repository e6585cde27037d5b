import { describe, expect, it } from "vitest";
import { classifyPath, SLUG } from "../../src/repo/paths.ts";

const W = "workgroups";

describe("classifyPath", () => {
  it("recognises the config file", () => {
    expect(classifyPath(".github/wgbot.yml", W)).toEqual({ kind: "config" });
  });

  it("flags the config file under the .yaml name", () => {
    expect(classifyPath(".github/wgbot.yaml", W)).toMatchObject({
      kind: "misplaced",
      hint: "Rename it to .github/wgbot.yml.",
    });
  });

  it("recognises charters and monthly reports", () => {
    expect(classifyPath("workgroups/packaging/charter.yml", W)).toEqual({
      kind: "charter",
      slug: "packaging",
    });
    expect(classifyPath("workgroups/diversity-inclusion/reports/2026-10.yml", W)).toEqual({
      kind: "report",
      slug: "diversity-inclusion",
      month: "2026-10",
    });
    expect(classifyPath("workgroups/a/reports/2026-01.yml", W)).toMatchObject({
      kind: "report",
      month: "2026-01",
    });
    expect(classifyPath("workgroups/wg2/reports/1999-12.yml", W)).toMatchObject({
      kind: "report",
      slug: "wg2",
    });
  });

  it("follows the configured folder", () => {
    expect(classifyPath("governance/wgs/packaging/charter.yml", "governance/wgs")).toEqual({
      kind: "charter",
      slug: "packaging",
    });
    expect(classifyPath("workgroups/packaging/charter.yml", "governance/wgs")).toBeUndefined();
  });

  it("ignores files wgbot does not read", () => {
    for (const path of [
      "README.md",
      ".github/workflows/wgbot.yml",
      ".github/ISSUE_TEMPLATE/grant.yml",
      "workgroups/packaging/README.md",
      "workgroups/packaging/logo.png",
      "workgroups/README.md",
      "workgroupsextra/packaging/charter.yml",
      "docs/workgroups/packaging/charter.yml",
    ]) {
      expect(classifyPath(path, W), path).toBeUndefined();
    }
  });

  it("flags YAML directly in the work groups folder", () => {
    expect(classifyPath("workgroups/charter.yml", W)).toMatchObject({
      kind: "misplaced",
      reason: "YAML files belong in a work group's folder, not directly in workgroups/.",
    });
  });

  it.each([
    ["Packaging"],
    ["packaging_wg"],
    ["-packaging"],
    ["packaging-"],
    ["pack aging"],
    ["café"],
    ["x".repeat(51)],
  ])("flags the folder name %j, which is not a slug", (slug) => {
    const where = classifyPath(`workgroups/${slug}/charter.yml`, W);
    expect(where).toMatchObject({ kind: "misplaced" });
    expect(where && "reason" in where ? where.reason : "").toContain("is not a valid work group slug");
  });

  it("flags a charter named .yaml, and other files in a work group's folder", () => {
    expect(classifyPath("workgroups/packaging/charter.yaml", W)).toMatchObject({
      kind: "misplaced",
      slug: "packaging",
      hint: "Rename it to charter.yml.",
    });
    expect(classifyPath("workgroups/packaging/members.yml", W)).toMatchObject({
      kind: "misplaced",
      slug: "packaging",
      reason: "`members.yml` is not a file wgbot knows.",
    });
  });

  it.each([
    ["2026-13.yml"],
    ["2026-00.yml"],
    ["2026-1.yml"],
    ["26-10.yml"],
    ["2026-10-01.yml"],
    ["october.yml"],
  ])("flags the report name %s, which is not a month", (name) => {
    expect(classifyPath(`workgroups/packaging/reports/${name}`, W)).toMatchObject({
      kind: "misplaced",
      slug: "packaging",
      reason: `The report file name \`${name}\` is not a month.`,
    });
  });

  it("tells a report named .yaml to use .yml", () => {
    expect(classifyPath("workgroups/packaging/reports/2026-10.yaml", W)).toEqual({
      kind: "misplaced",
      slug: "packaging",
      reason: "The report file is named `2026-10.yaml`; wgbot reads reports named `.yml`.",
      hint: "Rename it to reports/2026-10.yml.",
    });
  });

  it("flags YAML elsewhere inside a work group's folder", () => {
    expect(classifyPath("workgroups/packaging/reports/2026/10.yml", W)).toMatchObject({
      kind: "misplaced",
      reason: "`reports/2026/10.yml` is not where wgbot expects a file.",
    });
    expect(classifyPath("workgroups/packaging/notes/2026-10.yml", W)).toMatchObject({ kind: "misplaced" });
  });
});

describe("SLUG", () => {
  it("accepts lower-case letters, digits and inner hyphens, up to 50 characters", () => {
    for (const ok of ["a", "a1", "packaging", "diversity-inclusion", "a-b-c", "x".repeat(50)]) {
      expect(SLUG.test(ok), ok).toBe(true);
    }
    for (const bad of ["", "-a", "a-", "A", "a_b", "a b", "x".repeat(51), "a\n"]) {
      expect(SLUG.test(bad), bad).toBe(false);
    }
  });
});
