/**
 * The dashboard's pages as views for the templates: which pages there are, where each is, and the data each shows,
 * all from the one foundation state. Pure. Values stay plain text here: the templates escape them for HTML.
 */
import type { FoundationState, StageGroup, WorkGroupView } from "../decide/foundation/model.ts";
import { formatAmount } from "../decide/money.ts";
import { trackingNote } from "../decide/report-periods.ts";
import { monthName } from "../util/dates.ts";
import { plural } from "../util/text.ts";
import { barChart } from "./charts.ts";
import { heatmapView } from "./heatmap.ts";
import { heatmapPath, linkFrom, workgroupPath } from "./paths.ts";

export type PageTemplate = "overview" | "workgroups" | "workgroup" | "grants" | "board";

export interface Page {
  /** Where the page is written, from the site's root: `workgroups/packaging/index.html`. */
  path: string;
  template: PageTemplate;
  title: string;
  view: Record<string, unknown>;
}

/** The overview lists this many items at most, and links to the page with all of them. */
const OVERVIEW_LIST = 25;

/**
 * Work groups per heatmap page: keeps every page under 200 KB with a thousand groups, even when every cell is of
 * the longest kind and every name is long (test/site/page-size.test.ts).
 */
export const HEATMAP_PAGE_SIZE = 100;

export interface SiteOptions {
  /** `https://github.com/owner/name`, to link issues; without it issue numbers are shown as text. */
  repoUrl?: string;
}

export function sitePages(f: FoundationState, options: SiteOptions = {}): Page[] {
  const link = (n: number) => (options.repoUrl ? `${options.repoUrl}/issues/${n}` : undefined);
  const pages = Math.max(1, Math.ceil(f.workgroups.length / HEATMAP_PAGE_SIZE));
  const list: Page[] = [overview(f, link)];
  for (let i = 0; i < pages; i++) {
    const groups = f.workgroups.slice(i * HEATMAP_PAGE_SIZE, (i + 1) * HEATMAP_PAGE_SIZE);
    list.push({
      path: heatmapPath(i),
      template: "workgroups",
      title: pages === 1 ? "Work groups" : `Work groups (page ${i + 1} of ${pages})`,
      view: {
        heatmap: heatmapView(f, groups, heatmapPath(i), { detailed: false }),
        history: f.history,
        pager:
          pages === 1
            ? undefined
            : Array.from({ length: pages }, (_, j) => ({
                number: j + 1,
                href: linkFrom(heatmapPath(i), heatmapPath(j)),
                current: j === i,
              })),
      },
    });
  }
  for (const wg of f.workgroups) list.push(workgroupPage(f, wg));
  list.push(grants(f, link), board(f, link));
  return list;
}

/**
 * Each work group in one state, the first that applies, so the chart's bars add up to the number of groups: a board
 * member reads it as a partition. The most pressing first: at risk (it will be on the board's agenda), then reports
 * overdue, then past its review date; on track otherwise. Groups that are not active have no reports due and are
 * counted apart, as are groups whose charter cannot be read (nothing is known of them).
 */
export type GroupState = "at-risk" | "overdue" | "past-review" | "on-track" | "not-active" | "unreadable";

export function groupState(wg: WorkGroupView): GroupState {
  if (wg.status === "unreadable") return "unreadable";
  if (wg.status !== "active") return "not-active";
  if (wg.atRisk.length > 0) return "at-risk";
  if (wg.overdue.length > 0) return "overdue";
  if (wg.pastReview) return "past-review";
  return "on-track";
}

function stateChart(groups: readonly WorkGroupView[]) {
  const count = (state: GroupState) => groups.filter((wg) => groupState(wg) === state).length;
  const unreadable = count("unreadable");
  return barChart("wg-chart", "Work groups by state, each counted once", [
    { label: "At risk", value: count("at-risk"), tone: "b-missing" },
    { label: "Reports overdue", value: count("overdue"), tone: "b-late" },
    { label: "Past review date", value: count("past-review"), tone: "b-late" },
    { label: "On track", value: count("on-track"), tone: "b-filed" },
    { label: "Not active", value: count("not-active"), tone: "b-default" },
    // Shown only when there is one: a bar of 0 for a problem that no group has would only be noise.
    ...(unreadable > 0 ? [{ label: "Charter cannot be read", value: unreadable, tone: "b-missing" }] : []),
  ]);
}

function overview(f: FoundationState, link: (n: number) => string | undefined): Page {
  const c = f.counts;
  return {
    path: "index.html",
    template: "overview",
    title: "Overview",
    view: {
      cards: [
        { value: c.workgroups, label: `work groups, ${c.active} active`, href: heatmapPath(0) },
        { value: c.atRisk, label: "at risk", href: heatmapPath(0) },
        { value: c.overdue, label: "with overdue reports", href: heatmapPath(0) },
        ...(f.issuesRead
          ? [
              { value: c.proposals, label: "charter proposals open", href: "board.html" },
              { value: c.grants, label: "grant requests open", href: "grants.html" },
            ]
          : []),
      ],
      chart: stateChart(f.workgroups),
      chartNote:
        "Each work group is counted once, in the first state that applies in this order: at risk, reports overdue, past its review date.",
      next: f.meetings[0] ? meeting(f.meetings[0], link, OVERVIEW_LIST) : undefined,
      attention: f.attention.slice(0, OVERVIEW_LIST).map((a) => ({
        text: a.text,
        href: a.slug ? workgroupPath(a.slug) : a.number !== undefined ? link(a.number) : undefined,
      })),
      attentionMore: Math.max(0, f.attention.length - OVERVIEW_LIST),
      problems: c.problems,
      issuesRead: f.issuesRead,
      tracking: trackingNote(f.config.reports),
    },
  };
}

function meeting(
  m: FoundationState["meetings"][number],
  link: (n: number) => string | undefined,
  max = Number.POSITIVE_INFINITY,
) {
  return {
    date: m.date,
    away: plural(m.daysAway, "day"),
    items: m.items.slice(0, max).map((item) => ({
      ...item,
      href: item.number === undefined ? undefined : link(item.number),
    })),
    more: Math.max(0, m.items.length - max),
  };
}

function workgroupPage(f: FoundationState, wg: WorkGroupView): Page {
  const path = workgroupPath(wg.slug);
  return {
    path,
    template: "workgroup",
    title: wg.name,
    view: {
      wg,
      unreadable: wg.status === "unreadable",
      overdue: wg.overdue.map(monthName),
      heatmap: heatmapView(f, [wg], path, { detailed: true }),
      lastReport: wg.lastReport ? monthName(wg.lastReport) : undefined,
    },
  };
}

function stages(groups: readonly StageGroup[], link: (n: number) => string | undefined) {
  return groups.map((g) => ({
    label: g.label,
    items: g.items.map((item) => ({ ...item, href: link(item.number) })),
  }));
}

function grants(f: FoundationState, link: (n: number) => string | undefined): Page {
  const ledger = f.ledger;
  const base = ledger?.base ?? f.config.base_currency;
  return {
    path: "grants.html",
    template: "grants",
    title: "Grants",
    view: {
      issuesRead: f.issuesRead,
      stages: stages(f.grants, link),
      chart:
        f.grants.length > 0
          ? barChart(
              "pipeline-chart",
              "Open grant requests by stage",
              f.grants.map((g) => ({ label: g.label, value: g.items.length })),
            )
          : undefined,
      ledger: ledger
        ? {
            years: ledger.years.map((y) => ({
              year: y.year,
              approved: y.all.approved,
              declined: y.all.declined,
              granted: formatAmount(y.all.granted, base),
              byType: Object.entries(y.byType).map(([type, t]) => ({
                type,
                approved: t.approved,
                declined: t.declined,
                granted: formatAmount(t.granted, base),
              })),
              byOrganisation: y.byOrganisation.map((o) => ({
                name: o.name,
                approved: o.approved,
                declined: o.declined,
                granted: formatAmount(o.granted, base),
              })),
            })),
            chart: barChart(
              "ledger-chart",
              `Granted per month, ${base}`,
              ledger.months.map((m) => ({
                label: monthName(m.month),
                value: m.granted,
                valueText: `${formatAmount(m.granted, base)} (${m.approved} approved, ${m.declined} declined)`,
                tone: "b-filed",
              })),
            ),
          }
        : undefined,
      grantsPath: f.config.paths.grants,
    },
  };
}

function board(f: FoundationState, link: (n: number) => string | undefined): Page {
  return {
    path: "board.html",
    template: "board",
    title: "Board",
    view: {
      issuesRead: f.issuesRead,
      meetings: f.meetings.map((m) => meeting(m, link)),
      proposals: stages(f.proposals, link),
      decisions: f.decisions.map((d) => ({ ...d, href: link(d.number) })),
    },
  };
}
