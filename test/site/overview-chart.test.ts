/**
 * The overview's chart "Work groups by state" counts each work group once, so its bars add up to the number of
 * groups: a group at risk with overdue reports, or on track past its review date, was once counted twice.
 */
import { describe, expect, it } from "vitest";
import type { WorkGroupView } from "../../src/decide/foundation/model.ts";
import { builtInSiteTemplates } from "../../src/site/build.ts";
import type { BarChart } from "../../src/site/charts.ts";
import { renderSite } from "../../src/site/render.ts";
import { groupState, sitePages } from "../../src/site/views.ts";
import { exampleFoundation, withGroups } from "./many-groups.ts";

const bars = (chart: BarChart) => Object.fromEntries(chart.bars.map((b) => [b.label, Number(b.valueText)]));
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe("the overview's chart of work groups by state", () => {
  it("on examples/psf: six groups, six counted, each in the first state that applies", async () => {
    const f = await exampleFoundation();
    const overview = sitePages(f).find((p) => p.path === "index.html");
    const chart = overview?.view.chart as BarChart;
    // Diversity and Inclusion is at risk and has overdue reports: at risk only. Infrastructure is past its review
    // date with every report filed: past review only. Education is inactive.
    expect(bars(chart)).toEqual({
      "At risk": 1,
      "Reports overdue": 0,
      "Past review date": 1,
      "On track": 3,
      "Not active": 1,
    });
    expect(sum(bars(chart))).toBe(f.counts.workgroups);
    expect(f.counts.workgroups).toBe(6);
    expect(Object.fromEntries(f.workgroups.map((w) => [w.slug, groupState(w)]))).toEqual({
      "code-of-conduct": "on-track",
      "diversity-inclusion": "at-risk",
      education: "not-active",
      grants: "on-track",
      infrastructure: "past-review",
      packaging: "on-track",
    });
    // The page says so, in the chart's text for screen readers and under it for everyone.
    const { files } = renderSite([overview as NonNullable<typeof overview>], builtInSiteTemplates(), {
      organisation: f.organisation,
      today: f.today,
      issuesRead: false,
      notes: [],
    });
    const html = files[0]?.content ?? "";
    expect(html).toContain(
      "At risk: 1; Reports overdue: 0; Past review date: 1; On track: 3; Not active: 1</desc>",
    );
    expect(html).toContain("<figcaption>Work groups by state, each counted once</figcaption>");
    expect(html).toContain("Each work group is counted once, in the first state that applies in this order");
  });

  it("adds up to the number of groups for every mix of states, with a bar for unreadable charters when any", async () => {
    const base = await exampleFoundation();
    const model = base.workgroups.find((w) => w.slug === "packaging") as WorkGroupView;
    const kinds: Partial<WorkGroupView>[] = [];
    for (const status of ["active", "inactive", "proposed", "unreadable"])
      for (const atRisk of [[], ["it has missed 2 reports in a row"]])
        for (const overdue of [[], ["2026-10"]])
          for (const pastReview of [false, true]) kinds.push({ status, atRisk, overdue, pastReview });
    const f = withGroups(base, { slugs: kinds.map((_, i) => `g${i}`) });
    f.workgroups = f.workgroups.map((w, i) => ({ ...model, ...w, ...kinds[i] }));
    const chart = sitePages(f).find((p) => p.path === "index.html")?.view.chart as BarChart;
    expect(bars(chart)).toEqual({
      "At risk": 4,
      "Reports overdue": 2,
      "Past review date": 1,
      "On track": 1,
      "Not active": 16,
      "Charter cannot be read": 8,
    });
    expect(sum(bars(chart))).toBe(kinds.length);
  });
});
