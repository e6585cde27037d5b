/**
 * Every page of the dashboard stays under 200 KB with 1,000 work groups (the issue's target). The heatmap's pages
 * are the largest: a hundred groups by twelve months. Measured here on the rendered HTML, in bytes, with the cells
 * that say the most: months before `reports.since` ("not tracked here"), late reports (with the day they landed and
 * the day they were due) and missing ones (with their due day). bench/site.ts measures the same on a generated
 * repository read from disk.
 */
import { describe, expect, it } from "vitest";
import type { FoundationState } from "../../src/decide/foundation/model.ts";
import { builtInSiteTemplates } from "../../src/site/build.ts";
import { renderSite } from "../../src/site/render.ts";
import { HEATMAP_PAGE_SIZE, sitePages } from "../../src/site/views.ts";
import { exampleFoundation, lateCell, mixedCell, slugs, withGroups } from "./many-groups.ts";

const LIMIT = 200 * 1024;

/** The rendered heatmap pages, path → bytes. */
function heatmapPages(f: FoundationState): Record<string, number> {
  const pages = sitePages(f).filter((p) => p.template === "workgroups");
  const { files } = renderSite(pages, builtInSiteTemplates(), {
    organisation: f.organisation,
    today: f.today,
    issuesRead: false,
    notes: [],
  });
  return Object.fromEntries(
    files.filter((p) => p.path.endsWith(".html")).map((p) => [p.path, Buffer.byteLength(p.content)]),
  );
}

describe("the size of the heatmap's pages", () => {
  it("100 work groups with months not tracked, late and missing reports: under 200 KB", async () => {
    const f = withGroups(await exampleFoundation(), { slugs: slugs(100), cell: mixedCell });
    const html = sitePages(f).find((p) => p.path === "workgroups/index.html");
    const states = JSON.stringify(html?.view.heatmap);
    for (const state of ["untracked", "late", "missing", "filed", "open"])
      expect(states).toContain(`"${state}"`);
    const sizes = heatmapPages(f);
    // One page of 100 as long as HEATMAP_PAGE_SIZE is 100; however the groups are paged, no page is too large.
    expect(Object.keys(sizes)).toHaveLength(Math.ceil(100 / HEATMAP_PAGE_SIZE));
    for (const [path, bytes] of Object.entries(sizes)) expect(bytes, path).toBeLessThan(LIMIT);
  });

  it("a full page of the longest names and every report late: under 200 KB too", async () => {
    const name = (_slug: string, i: number) =>
      `${"Scientific Python in North America & the Caribbean ".repeat(3).slice(0, 114)} ${String(i).padStart(5, "0")}`;
    const f = withGroups(await exampleFoundation(), {
      slugs: slugs(HEATMAP_PAGE_SIZE * 10),
      name,
      cell: lateCell,
    });
    expect(name("", 0)).toHaveLength(120); // the charter schema's longest name
    const sizes = heatmapPages(f);
    expect(Object.keys(sizes)).toHaveLength(10);
    for (const [path, bytes] of Object.entries(sizes)) expect(bytes, path).toBeLessThan(LIMIT);
  });
});
