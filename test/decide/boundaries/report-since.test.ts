/**
 * `reports.since` at its exact boundaries: reports are due from the later of a charter's first full month and the
 * first month the repository keeps reports for. Nothing before it is overdue, reminded of, counted towards at-risk,
 * or shown as missing on the dashboard (it is "not tracked here"); the month itself is.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load.ts";
import { PRESETS } from "../../../src/config/presets.ts";
import type { Config } from "../../../src/config/types.ts";
import { foundationState } from "../../../src/decide/foundation/index.ts";
import { beforeTracking, duePeriods, trackingNote } from "../../../src/decide/report-periods.ts";
import type { Charter } from "../../../src/generated/charter.ts";
import { sitePages } from "../../../src/site/views.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { validCharter } from "../../support/charters.ts";
import { charterYaml, reportYaml } from "../../support/governance-files.ts";
import { sweepPlan } from "../../support/sweep-plan.ts";

const psf = PRESETS.psf;
const since = (month: string | undefined, base: Config = psf): Config => ({
  ...base,
  reports: { ...base.reports, ...(month ? { since: month } : {}) },
});
const started = (start: string, cadence: "monthly" | "quarterly" = "monthly"): Charter =>
  validCharter({ active_time: { start, review: "2027-12-31" }, reporting: { cadence } });
const labels = (charter: Charter, config: Config, today: string) =>
  duePeriods(charter, config, today).map((p) => p.label);

describe("duePeriods: from the later of the charter's first full month and reports.since", () => {
  const old = started("2025-01-15"); // first full month: February 2025

  it("since after the start: from since, the month itself included", () => {
    expect(labels(old, since("2026-06"), "2026-12-02")).toEqual([
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    expect(labels(old, since("2026-10"), "2026-12-02")).toEqual(["2026-10"]);
  });

  it("since before the start, or unset, or on the first month: from the charter's first full month", () => {
    const fromStart = labels(old, psf, "2025-05-16");
    expect(fromStart).toEqual(["2025-02", "2025-03", "2025-04"]);
    expect(labels(old, since("2024-06"), "2025-05-16")).toEqual(fromStart);
    expect(labels(old, since("2025-02"), "2025-05-16")).toEqual(fromStart);
    // The month before the first full month is the start month itself, not due either way.
    expect(labels(old, since("2025-01"), "2025-05-16")).toEqual(fromStart);
  });

  it("since's own report is overdue from the day after its due day, not before", () => {
    expect(labels(old, since("2026-10"), "2026-11-15")).toEqual([]);
    expect(labels(old, since("2026-10"), "2026-11-16")).toEqual(["2026-10"]);
  });

  it("a since still ahead is allowed: nothing is due yet", () => {
    expect(labels(old, since("2027-03"), "2026-12-02")).toEqual([]);
    expect(loadConfig("reports:\n  since: '2030-01'\n").problems).toEqual([]);
  });

  it("quarterly: from the quarter that holds since", () => {
    const dsf = PRESETS.dsf;
    const q = started("2025-01-01", "quarterly");
    expect(labels(q, since("2026-05", dsf), "2026-12-02")).toEqual(["2026-06", "2026-09"]);
    expect(labels(q, since("2026-07", dsf), "2026-12-02")).toEqual(["2026-09"]);
  });
});

describe("beforeTracking: the months the dashboard shows as not tracked here", () => {
  const reports = since("2026-06").reports;
  it("the month before since is, since itself is not", () => {
    expect(beforeTracking("2025-01-15", "monthly", reports, "2026-05")).toBe(true);
    expect(beforeTracking("2025-01-15", "monthly", reports, "2026-06")).toBe(false);
  });
  it("not before the group's first full month (it did not report yet), nor with since unset", () => {
    expect(beforeTracking("2025-01-15", "monthly", reports, "2025-01")).toBe(false);
    expect(beforeTracking("2025-01-15", "monthly", reports, "2025-02")).toBe(true);
    expect(beforeTracking("2025-01-15", "monthly", psf.reports, "2026-05")).toBe(false);
  });
  it("quarterly: a month of since's quarter is tracked, as its report is due", () => {
    const may = since("2026-05").reports;
    expect(beforeTracking("2025-01-01", "quarterly", may, "2026-04")).toBe(false);
    expect(beforeTracking("2025-01-01", "quarterly", may, "2026-03")).toBe(true);
  });
});

/** A psf foundation keeping reports since `month`, one work group chartered 2025-01-15 with the reports given. */
function repository(month: string | undefined, reports: string[], day: string) {
  const files = new Map<string, string>();
  files.set(".github/wgbot.yml", month ? `reports:\n  since: "${month}"\n` : "preset: psf\n");
  files.set(
    "workgroups/web/charter.yml",
    charterYaml({ slug: "web", start: "2025-01-15", review: "2026-12-31" }),
  );
  for (const m of reports)
    files.set(`workgroups/web/reports/${m}.yml`, reportYaml({ workgroup: "web", period: m }));
  const now = new Date(`${day}T12:00:00Z`);
  const state = validateRepository({ files }, { now });
  expect(state.problems).toEqual([]);
  return { state, now };
}

function sweep(month: string | undefined, reports: string[], day: string) {
  const { state, now } = repository(month, reports, day);
  const plan = sweepPlan(state, now, "psf");
  return {
    overdue: plan.findings.overdue.flatMap((o) => o.periods),
    reasons: plan.findings.atRisk.flatMap((a) => a.reasons),
    reminders: plan.tracking.filter((t) => t.key.startsWith("reminder ")).map((t) => t.key),
  };
}

describe("the sweep counts nothing before since", () => {
  it("a group that filed every report since then is up to date, however long it reported before", () => {
    expect(sweep("2026-06", ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"], "2026-12-02")).toEqual({
      overdue: [],
      reasons: [],
      reminders: [],
    });
    // The same group without since: every month from February 2025 to May 2026 is overdue, and it is at risk.
    expect(
      sweep(undefined, ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"], "2026-12-02").overdue,
    ).toHaveLength(16);
  });

  it("at risk after 2 missed in a row since then; 1 missed since then is not enough", () => {
    expect(sweep("2026-09", [], "2026-11-16")).toEqual({
      overdue: ["2026-09", "2026-10"],
      reasons: ["it has missed 2 reports in a row (September 2026 and October 2026)"],
      reminders: ["reminder web 2026-10"],
    });
    expect(sweep("2026-10", [], "2026-11-16")).toEqual({
      overdue: ["2026-10"],
      reasons: [],
      reminders: ["reminder web 2026-10"],
    });
  });
});

describe("the dashboard shows the months before since as not tracked here, and says so once", () => {
  it("before since: not tracked; since: missing; before the group started: no report expected", () => {
    const { state, now } = repository("2026-06", ["2026-05", "2026-07"], "2026-08-20");
    const f = foundationState({ state, now, heatmapMonths: 20 });
    const page = sitePages(f).find((p) => p.path === "workgroups/index.html");
    const heatmap = page?.view.heatmap as {
      since: string;
      rows: { cells: { month: string; state: string; text: string }[] }[];
    };
    const cells = Object.fromEntries(heatmap.rows[0]?.cells.map((c) => [c.month, c.state]) ?? []);
    expect(cells).toMatchObject({
      "2025-01": "none",
      "2025-02": "untracked",
      "2026-04": "untracked",
      "2026-05": "filed",
      "2026-06": "missing",
      "2026-07": "filed",
      "2026-08": "open",
    });
    // The model itself calls those months `none` (no report expected here): the site says why.
    expect(f.workgroups[0]?.cells.find((c) => c.month === "2026-04")?.state).toBe("none");
    expect(heatmap.since).toBe("June 2026");
    const overview = sitePages(f).find((p) => p.path === "index.html");
    expect(overview?.view.tracking).toBe(
      "Reports are counted from June 2026, when this repository began keeping them: earlier months are not tracked here.",
    );
    expect(trackingNote(psf.reports)).toBeUndefined();
  });
});

describe("an invalid since gets a clear message at its line", () => {
  it("not a real month", () => {
    const [p, ...more] = loadConfig("reports:\n  since: '2026-13'\n").problems;
    expect(more).toEqual([]);
    expect(p).toMatchObject({ severity: "error", field: "reports.since", line: 2 });
    expect(p?.message).toContain("`reports.since`");
    expect(p?.hint).toContain("YYYY-MM");
  });
});
