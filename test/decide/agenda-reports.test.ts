/**
 * The agenda's reports section on a foundation with many work groups: the first AGENDA_REPORTS_SHOWN reports in
 * full, and one row counting the rest, so the agenda fits in an issue and the sweep reads their text in one query.
 */
import { describe, expect, it } from "vitest";
import {
  AGENDA_REPORTS_SHOWN,
  keptReportsSection,
  type ReportFile,
  renderReportsSection,
  shownReports,
} from "../../src/decide/agenda-reports.ts";
import { reportYaml } from "../support/governance-files.ts";

const files = (n: number): ReportFile[] =>
  Array.from({ length: n }, (_, i) => {
    const slug = `wg-${String(i).padStart(4, "0")}`;
    return {
      slug,
      name: `Work group ${i}`,
      month: "2026-10",
      path: `workgroups/${slug}/reports/2026-10.yml`,
    };
  });
const texts = (reports: readonly ReportFile[]) =>
  new Map(reports.map((r) => [r.path, reportYaml({ workgroup: r.slug, period: r.month })]));

describe("the agenda's reports section", () => {
  it("lists 100 reports in full: no row counts others", () => {
    const all = files(AGENDA_REPORTS_SHOWN);
    const section = renderReportsSection(all, texts(all), "main");
    expect(AGENDA_REPORTS_SHOWN).toBe(100);
    expect(section.split("\n").filter((l) => /^\| Work group \d/.test(l))).toHaveLength(100);
    expect(section).not.toContain("more report");
  });

  it("lists the first 100 of 101 and counts the last one; the heading counts all", () => {
    const all = files(101);
    expect(shownReports(all)).toHaveLength(100);
    const section = renderReportsSection(all, texts(shownReports(all)), "main");
    const lines = section.split("\n");
    expect(lines[0]).toBe("### Work group reports since the last meeting (101)");
    expect(lines.filter((l) => /^\| Work group \d/.test(l))).toHaveLength(100);
    expect(lines.at(-1)).toBe("| and 1 more report | | | | in each work group's `reports/` folder |");
    // A refresh that does not read the reports keeps the whole section, its last row included.
    expect(keptReportsSection(`Intro\n\n${section}\n\nFooter`)).toBe(section);
  });

  it("a thousand work groups' reports stay well within an issue's 65,536 characters", () => {
    const all = files(1000);
    const section = renderReportsSection(all, texts(shownReports(all)), "main");
    expect(section.split("\n").at(-1)).toBe(
      "| and 900 more reports | | | | in each work group's `reports/` folder |",
    );
    expect(section.length).toBeLessThan(40_000);
  });
});
