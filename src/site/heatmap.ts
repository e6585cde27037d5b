/**
 * The report heatmap as a view for templates/site/heatmap.hbs: work groups × months, each cell its state as a symbol
 * for the eye and in words for screen readers (never by colour alone).
 *
 * The list of work groups has a hundred rows of twelve cells, so every byte of a cell is paid twelve hundred times
 * there, and each page must stay under 200 KB: its cells have no tooltip repeating their words, and say briefly from
 * when reports are counted (the legend under the table says why). A group's own page, with one row, also shows each
 * dated cell's words in a tooltip for the mouse, and says in full from when reports are counted.
 */
import type { Config } from "../config/types.ts";
import type { FoundationState, HeatmapCell, WorkGroupView } from "../decide/foundation/model.ts";
import { beforeTracking, type Cadence } from "../decide/report-periods.ts";
import { monthName, monthOf } from "../util/dates.ts";
import { linkFrom, workgroupPath } from "./paths.ts";

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

/**
 * The heatmap of `groups` on the page at `page` (a path from the site's root, for the links to the groups' pages);
 * `detailed` on a group's own page.
 */
export function heatmapView(
  f: FoundationState,
  groups: readonly WorkGroupView[],
  page: string,
  { detailed }: { detailed: boolean },
) {
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
      href: linkFrom(page, workgroupPath(wg.slug)),
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
                ? detailed
                  ? `: reports are counted from ${monthName(since)}`
                  : `, before ${monthName(since)}`
                : "";
        return { state, symbol, text: `${text}${when}`, month: cell.month, titled: detailed && when !== "" };
      }),
    })),
  };
}
