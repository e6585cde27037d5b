/**
 * Dashboard benchmark: `wgbot site` and `wgbot status` on a generated governance repository of 1,000 work groups with
 * 24 months of reports each, on disk, in this process as the CLI runs them (read the files and the git history,
 * decide, render, write). Made realistic first (lib/site-history.ts): reports are counted from June 2026
 * (`reports.since`), so most groups' earlier months are "not tracked here"; some reports since are missing and some
 * landed late, as the git history says. Those cells say the most, so they make the largest pages.
 * Targets: the site in at most 5 s with every page under 200 KB; status under 1 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, builtInSiteTemplates } from "../src/site/build.ts";
import { formatStatusHuman } from "../src/status/format-human.ts";
import { localFoundation } from "../src/status/foundation.ts";
import { writeGovernanceRepo } from "./lib/governance-repo.ts";
import { median, ms, QUICK, RUNS, table } from "./lib/measure.ts";
import { makeSiteHistory } from "./lib/site-history.ts";

export const name = "site";
const WORKGROUPS = QUICK ? 200 : 1_000;
const REPORTS = 24;
export const description = `wgbot site and wgbot status on ${WORKGROUPS.toLocaleString("en-US")} work groups × ${REPORTS} months of reports, with reports.since, missing and late reports`;

const SITE_TARGET_MS = 5_000;
const PAGE_TARGET_BYTES = 200 * 1024;
const STATUS_TARGET_MS = 1_000;
const NOW = new Date("2026-11-21T06:00:00Z");
const LAST_MONTH = "2026-10";
/** Half of the heatmap's twelve months (December 2025 to November 2026) are before it. */
const SINCE = "2026-06";

export async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "wgbot-bench-site-"));
  const out = mkdtempSync(join(tmpdir(), "wgbot-bench-site-out-"));
  try {
    const stats = writeGovernanceRepo(root, {
      files: 1 + WORKGROUPS * (REPORTS + 1),
      workgroups: WORKGROUPS,
      errorRate: 0.01,
      lastMonth: LAST_MONTH,
    });
    const history = makeSiteHistory(root, SINCE, LAST_MONTH);
    const n = (x: number) => x.toLocaleString("en-US");
    console.log(
      `Generated ${n(stats.files)} files (${n(stats.charters)} charters, ${n(stats.reports)} reports). Reports counted from ${SINCE}: ` +
        `${n(history.untracked)} groups have none here before then, ${n(history.missing)} since then are missing, ` +
        `${n(history.late)} landed late; ${n(history.reports)} reports left, in ${history.commits} commits.`,
    );
    const templates = builtInSiteTemplates();
    const siteTimes: number[] = [];
    const statusTimes: number[] = [];
    let pages: { path: string; bytes: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t0 = performance.now();
      const { foundation, notes } = await localFoundation(root, NOW);
      pages = buildSite(foundation, out, { templates, notes }).pages;
      siteTimes.push(performance.now() - t0);
      t0 = performance.now();
      const status = await localFoundation(root, NOW);
      formatStatusHuman(status.foundation, status.notes);
      statusTimes.push(performance.now() - t0);
    }
    const html = pages.filter((p) => p.path.endsWith(".html"));
    const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const total = pages.reduce((sum, p) => sum + p.bytes, 0);
    const site = median(siteTimes);
    const status = median(statusTimes);
    table([
      ["", `median of ${RUNS}`, "target"],
      ["wgbot site (read, decide, render, write)", ms(site), ms(SITE_TARGET_MS)],
      ["wgbot status (read, decide, format)", ms(status), ms(STATUS_TARGET_MS)],
      [
        `largest page (${largest.path})`,
        `${(largest.bytes / 1024).toFixed(0)} KB`,
        `${PAGE_TARGET_BYTES / 1024} KB`,
      ],
      [`${html.length} pages, in all`, `${(total / 1024 / 1024).toFixed(1)} MB`, ""],
    ]);
    console.log(
      `\n${site <= SITE_TARGET_MS ? "PASS" : "FAIL"}: the site builds in ${ms(site)} (target ≤ ${ms(SITE_TARGET_MS)})`,
    );
    console.log(
      `${largest.bytes <= PAGE_TARGET_BYTES ? "PASS" : "FAIL"}: every page is under ${PAGE_TARGET_BYTES / 1024} KB (largest ${(largest.bytes / 1024).toFixed(0)} KB)`,
    );
    console.log(
      `${status <= STATUS_TARGET_MS ? "PASS" : "FAIL"}: status takes ${ms(status)} (target < ${ms(STATUS_TARGET_MS)})`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
