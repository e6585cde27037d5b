/**
 * The dashboard's pages as views for the templates: which pages there are, where each is, and the data each shows,
 * all from the one foundation state. Pure. Values stay plain text here: the templates escape them for HTML.
 */
import type { Config } from "../config/types.ts";
import type { FoundationState, HeatmapCell, StageGroup, WorkGroupView } from "../decide/foundation/model.ts";
import { formatAmount } from "../decide/money.ts";
import { beforeTracking, type Cadence, trackingNote } from "../decide/report-periods.ts";
import { monthName, monthOf } from "../util/dates.ts";
import { plural } from "../util/text.ts";
import { barChart } from "./charts.ts";

export type PageTemplate = "overview" | "workgroups" | "workgroup" | "grants" | "board";

export interface Page {
  /** Where the page is written, from the site's root: `workgroups/packaging.html`. */
  path: string;
  template: PageTemplate;
  title: string;
  view: Record<string, unknown>;
}

/** The overview lists this many items at most, and links to the page with all of them. */
const OVERVIEW_LIST = 25;

/** Work groups per heatmap page: keeps every page small (well under 200 KB) with a thousand groups. */
export const HEATMAP_PAGE_SIZE = 100;

/**
 * How a cell is shown: its state, or `untracked` for a month the group was reporting in before the repository began
 * keeping reports (`reports.since`). The model calls that month `none` (no report is expected here); the reader is
 * told it is not tracked, so a gap there is never mistaken for a missing report nor for a group that did not exist.
 */
type ShownState = HeatmapCell["state"] | "untracked";

const CELL: Record<ShownState, { symbol: string; text: string }> = {
  filed: { symbol: "✓", text: "filed" },
  late: { symbol: "!", text: "filed late" },
  missing: { symbol: "✗", text: "missing" },
  open: { symbol: "·", text: "not due yet" },
  untracked: { symbol: "–", text: "not tracked here" },
  none: { symbol: "", text: "no report expected" },
};

function shownState(wg: WorkGroupView, cell: HeatmapCell, reports: Config["reports"]): ShownState {
  if (cell.state !== "none" || wg.status !== "active" || !wg.start || !wg.cadence) return cell.state;
  if (wg.end && cell.month > monthOf(wg.end)) return cell.state;
  return beforeTracking(wg.start, wg.cadence as Cadence, reports, cell.month) ? "untracked" : cell.state;
}

export interface SiteOptions {
  /** `https://github.com/owner/name`, to link issues; without it issue numbers are shown as text. */
  repoUrl?: string;
}

export function sitePages(f: FoundationState, options: SiteOptions = {}): Page[] {
  const link = (n: number) => (options.repoUrl ? `${options.repoUrl}/issues/${n}` : undefined);
  const pages = Math.max(1, Math.ceil(f.workgroups.length / HEATMAP_PAGE_SIZE));
  const heatmapPath = (i: number) => (i === 0 ? "workgroups/index.html" : `workgroups/page-${i + 1}.html`);
  const list: Page[] = [overview(f, link)];
  for (let i = 0; i < pages; i++) {
    const groups = f.workgroups.slice(i * HEATMAP_PAGE_SIZE, (i + 1) * HEATMAP_PAGE_SIZE);
    list.push({
      path: heatmapPath(i),
      template: "workgroups",
      title: pages === 1 ? "Work groups" : `Work groups (page ${i + 1} of ${pages})`,
      view: {
        heatmap: heatmap(f, groups, ""),
        history: f.history,
        pager:
          pages === 1
            ? undefined
            : Array.from({ length: pages }, (_, j) => ({
                number: j + 1,
                href: heatmapPath(j).replace("workgroups/", ""),
                current: j === i,
              })),
      },
    });
  }
  for (const wg of f.workgroups) list.push(workgroupPage(f, wg));
  list.push(grants(f, link), board(f, link));
  return list;
}

function heatmap(f: FoundationState, groups: readonly WorkGroupView[], prefix: string) {
  const since = f.config.reports.since;
  return {
    since: since ? monthName(since) : undefined,
    months: f.months.map((m) => ({
      short: monthName(m).slice(0, 3),
      year: m.slice(2, 4),
      full: monthName(m),
    })),
    rows: groups.map((wg) => ({
      name: wg.name,
      href: `${prefix}${wg.slug}.html`,
      status: wg.status,
      cells: wg.cells.map((cell) => {
        const state = shownState(wg, cell, f.config.reports);
        const { symbol, text } = CELL[state];
        const when =
          state === "late"
            ? `, ${cell.filedOn} (due ${cell.due})`
            : state === "missing"
              ? `, due ${cell.due}`
              : state === "untracked" && since
                ? `: reports are counted from ${monthName(since)}`
                : "";
        return { state, symbol, text: `${text}${when}`, month: cell.month, titled: when !== "" };
      }),
    })),
  };
}

function overview(f: FoundationState, link: (n: number) => string | undefined): Page {
  const c = f.counts;
  const onTrack = f.workgroups.filter(
    (w) => w.status === "active" && w.overdue.length === 0 && w.atRisk.length === 0,
  );
  return {
    path: "index.html",
    template: "overview",
    title: "Overview",
    view: {
      cards: [
        { value: c.workgroups, label: `work groups, ${c.active} active`, href: "workgroups/index.html" },
        { value: c.atRisk, label: "at risk", href: "workgroups/index.html" },
        { value: c.overdue, label: "with overdue reports", href: "workgroups/index.html" },
        ...(f.issuesRead
          ? [
              { value: c.proposals, label: "charter proposals open", href: "board.html" },
              { value: c.grants, label: "grant requests open", href: "grants.html" },
            ]
          : []),
      ],
      chart: barChart("wg-chart", "Work groups by state", [
        { label: "On track", value: onTrack.length, tone: "b-filed" },
        { label: "With overdue reports", value: c.overdue, tone: "b-late" },
        { label: "At risk", value: c.atRisk, tone: "b-missing" },
        { label: "Past review date", value: c.pastReview, tone: "b-late" },
        { label: "Not active", value: c.workgroups - c.active, tone: "b-default" },
      ]),
      next: f.meetings[0] ? meeting(f.meetings[0], link, OVERVIEW_LIST) : undefined,
      attention: f.attention.slice(0, OVERVIEW_LIST).map((a) => ({
        text: a.text,
        href: a.slug ? `workgroups/${a.slug}.html` : a.number !== undefined ? link(a.number) : undefined,
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
  return {
    path: `workgroups/${wg.slug}.html`,
    template: "workgroup",
    title: wg.name,
    view: {
      wg,
      unreadable: wg.status === "unreadable",
      overdue: wg.overdue.map(monthName),
      heatmap: heatmap(f, [wg], ""),
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
