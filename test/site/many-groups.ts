/**
 * A foundation of many work groups for the dashboard's size and naming tests, made from the example repository's
 * state: its config (`reports.since` is June 2026) and its Packaging Work Group (started March 2025, so every month
 * before June 2026 is shown as "not tracked here"), copied under other slugs and names with the cells a test gives.
 */
import { join } from "node:path";
import type { FoundationState, HeatmapCell, WorkGroupView } from "../../src/decide/foundation/model.ts";
import { localFoundation } from "../../src/status/foundation.ts";
import { addMonths } from "../../src/util/dates.ts";
import { NOW, ROOT } from "../support/cli.ts";

export async function exampleFoundation(): Promise<FoundationState> {
  return (await localFoundation(join(ROOT, "examples", "psf"), NOW)).foundation;
}

/** The day a month's report is due in the example (the 15th of the next month). */
export const dueOf = (month: string) => `${addMonths(month, 1)}-15`;

/**
 * The realistic worst case of a busy foundation: nothing before `since` (not tracked here), then each month since
 * filed late, missing or filed, and the current month not due yet. A late cell is the longest there is.
 */
export function mixedCell(group: number, month: string, index: number, f: FoundationState): HeatmapCell {
  const since = f.config.reports.since ?? "";
  if (month < since) return { month, state: "none" };
  if (index === f.months.length - 1) return { month, state: "open", due: dueOf(month) };
  const kind = (group + index) % 3;
  if (kind === 0) return { month, state: "late", due: dueOf(month), filedOn: `${addMonths(month, 1)}-27` };
  if (kind === 1) return { month, state: "missing", due: dueOf(month) };
  return { month, state: "filed", due: dueOf(month), filedOn: `${addMonths(month, 1)}-10` };
}

/** Every month's report filed late: more than any real foundation has, and the longest cells there are. */
export function lateCell(_group: number, month: string): HeatmapCell {
  return { month, state: "late", due: dueOf(month), filedOn: `${addMonths(month, 1)}-27` };
}

export interface ManyGroups {
  slugs: readonly string[];
  /** The group's name; the slug's words by default. */
  name?: (slug: string, i: number) => string;
  cell?: (group: number, month: string, index: number, f: FoundationState) => HeatmapCell;
}

export function withGroups(f: FoundationState, { slugs, name, cell }: ManyGroups): FoundationState {
  const model = f.workgroups.find((w) => w.slug === "packaging") as WorkGroupView;
  const workgroups = slugs.map((slug, i) => ({
    ...model,
    slug,
    charterPath: `workgroups/${slug}/charter.yml`,
    name: name ? name(slug, i) : `${slug.replace(/-/g, " ")} work group`,
    cells: cell ? f.months.map((month, j) => cell(i, month, j, f)) : model.cells,
  }));
  return {
    ...f,
    workgroups,
    // What needs attention names the example's groups, which are not here.
    attention: [],
    counts: { ...f.counts, workgroups: workgroups.length, active: workgroups.length },
  };
}

/** `count` slugs like the bench's: topic and region, e.g. `scientific-python-north-america-3`. */
export function slugs(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `scientific-python-north-america-${String(i).padStart(4, "0")}`,
  );
}
