/** The foundation state (decide/foundation/): pure rules on plain data, no GitHub, no disk. */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { foundationState } from "../../src/decide/foundation/index.ts";
import type { FoundationItem } from "../../src/decide/foundation/model.ts";
import { pastTargetRequests } from "../../src/decide/sweep-decision-target.ts";
import { parseLog } from "../../src/repo/report-history.ts";
import { snapshotOf } from "../../src/repo/snapshot.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { grantBody } from "../support/bodies.ts";
import { CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";
import { grantIssue } from "./fixtures.ts";

const NOW = new Date("2026-11-21T12:00:00Z");

function stateWith(charters: Record<string, string>, reports: Record<string, string[]>, config = CONFIG) {
  const files: Record<string, string> = { ".github/wgbot.yml": config };
  for (const [slug, text] of Object.entries(charters)) files[`workgroups/${slug}/charter.yml`] = text;
  for (const [slug, months] of Object.entries(reports))
    for (const period of months)
      files[`workgroups/${slug}/reports/${period}.yml`] = reportYaml({ workgroup: slug, period });
  return validateRepository(snapshotOf(files), { now: NOW });
}

const cells = (f: ReturnType<typeof foundationState>, slug: string) =>
  Object.fromEntries((f.workgroups.find((w) => w.slug === slug)?.cells ?? []).map((c) => [c.month, c.state]));

describe("the report heatmap", () => {
  const state = stateWith(
    { packaging: charterYaml({ slug: "packaging", start: "2026-06-01" }) },
    { packaging: ["2026-06", "2026-07", "2026-08", "2026-10"] },
  );
  const filed = new Map([
    ["workgroups/packaging/reports/2026-06.yml", "2026-07-15"], // on the due day: on time
    ["workgroups/packaging/reports/2026-07.yml", "2026-08-16"], // a day after: late
  ]);

  it("tells filed, late, missing, not yet due and not expected apart", () => {
    const f = foundationState({ state, now: NOW, filed, heatmapMonths: 7 });
    expect(f.months).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(cells(f, "packaging")).toEqual({
      "2026-05": "none",
      "2026-06": "filed",
      "2026-07": "late",
      "2026-08": "filed",
      "2026-09": "missing",
      "2026-10": "filed",
      "2026-11": "open",
    });
    expect(f.history).toBe(true);
  });

  it("never calls a report late without the history", () => {
    const f = foundationState({ state, now: NOW, heatmapMonths: 7 });
    expect(cells(f, "packaging")["2026-07"]).toBe("filed");
    expect(f.history).toBe(false);
  });

  it("counts a quarterly report for each month of its quarter", () => {
    // psf allows monthly reports only (a quarterly charter is an error there): this foundation allows both.
    const quarterly = stateWith(
      { typing: charterYaml({ slug: "typing", start: "2026-01-01", cadence: "quarterly" }) },
      { typing: ["2026-06"] },
      CONFIG.replace("missed_for_at_risk: 2 }", "missed_for_at_risk: 2, cadences: [monthly, quarterly] }"),
    );
    const f = foundationState({ state: quarterly, now: NOW, heatmapMonths: 11 });
    const row = cells(f, "typing");
    expect([row["2026-04"], row["2026-05"], row["2026-06"]]).toEqual(["filed", "filed", "filed"]);
    expect([row["2026-01"], row["2026-07"], row["2026-10"]]).toEqual(["missing", "missing", "open"]);
  });

  it("reads the dates reports landed from git's log, the newest addition winning", () => {
    const log =
      '@2026-08-16\nworkgroups/a/reports/2026-07.yml\n\n@2026-07-01\nworkgroups/a/reports/2026-07.yml\n"workgroups/a/reports/\\303.yml"\n';
    expect([...parseLog(log)]).toEqual([["workgroups/a/reports/2026-07.yml", "2026-08-16"]]);
  });
});

describe("requests and the board", () => {
  const state = stateWith({ packaging: charterYaml({ slug: "packaging", start: "2026-06-01" }) }, {});
  const item = (partial: Partial<FoundationItem> & { number: number; labels: string[] }): FoundationItem => ({
    title: `Request ${partial.number}`,
    body: grantBody(),
    author: "ada",
    state: "open",
    isPull: false,
    createdAt: "2026-11-01T10:00:00Z",
    ...partial,
  });

  it("groups requests by stage, with the meeting or the promised date as decision target", () => {
    const f = foundationState({
      state,
      now: NOW,
      items: [
        item({
          number: 1,
          labels: ["kind/grant", "status/board-review"],
          milestone: "Board meeting 2027-01-13",
        }),
        item({ number: 2, labels: ["kind/grant", "status/board-review"] }),
        item({ number: 3, labels: ["kind/grant", "status/needs-info"] }),
        item({
          number: 4,
          labels: ["kind/grant", "status/grants-wg-review"],
          createdAt: "2026-09-01T10:00:00Z",
        }),
      ],
    });
    const byStage = Object.fromEntries(
      f.grants.map((g) => [g.stage, g.items.map((i) => [i.number, i.target])]),
    );
    expect(byStage).toEqual({
      "needs-info": [[3, undefined]],
      "grants-wg-review": [[4, { date: "2026-10-13", by: "grants-wg", scheduled: false, overdue: true }]],
      "board-review": [
        [1, { date: "2027-01-13", by: "board", scheduled: true, overdue: false }],
        // Not on a meeting yet: the one it would be reviewed at, with the board's week of preparation.
        [2, { date: "2027-01-13", by: "board", scheduled: false, overdue: false }],
      ],
    });
    expect(f.attention.map((a) => a.text)).toContain("#4 Request 4: past its decision target (2026-10-13)");
    expect(f.meetings[0]?.items.map((i) => i.number)).toEqual([1, 2]);
  });

  it("gives a fast-tracked request the fast track's target, as the intake comment, sweep and agenda do", () => {
    const filed = "2026-11-02T10:00:00Z";
    const f = foundationState({
      state,
      now: NOW,
      items: [
        item({
          number: 5,
          labels: ["kind/grant", "status/grants-wg-review", "grant/fast-track"],
          createdAt: filed,
        }),
        item({ number: 6, labels: ["kind/grant", "status/grants-wg-review"], createdAt: filed }),
      ],
    });
    const targets = f.grants.flatMap((g) => g.items.map((i) => [i.number, i.target]));
    expect(targets).toEqual([
      // psf: 2 weeks on the fast track, past on 2026-11-21; 6 weeks otherwise.
      [5, { date: "2026-11-16", by: "grants-wg", scheduled: false, overdue: true }],
      [6, { date: "2026-12-14", by: "grants-wg", scheduled: false, overdue: false }],
    ]);
    // The sweep reads the same issue the same way: its reminder names the same day.
    const sweepIssues = [5, 6].map((n) =>
      grantIssue(["status/grants-wg-review", ...(n === 5 ? ["grant/fast-track"] : [])], filed, n),
    );
    expect(pastTargetRequests(sweepIssues, PRESETS.psf, NOW).map((p) => [p.issue, p.target])).toEqual([
      [5, "2026-11-16"],
    ]);
  });

  it("lists the board's decisions of the last year, newest first", () => {
    const f = foundationState({
      state,
      now: NOW,
      items: [
        item({
          number: 5,
          state: "closed",
          labels: ["kind/grant", "status/approved"],
          closedAt: "2026-09-10T00:00:00Z",
        }),
        item({
          number: 6,
          state: "closed",
          labels: ["kind/grant", "status/declined"],
          closedAt: "2026-10-10T00:00:00Z",
        }),
        item({
          number: 7,
          state: "closed",
          labels: ["kind/grant", "status/approved"],
          closedAt: "2025-01-10T00:00:00Z",
        }),
      ],
    });
    expect(f.decisions.map((d) => [d.number, d.outcome, d.date])).toEqual([
      [6, "declined", "2026-10-10"],
      [5, "approved", "2026-09-10"],
    ]);
  });
});
