/**
 * A large governance repository loaded into the fake GitHub for the sweep: generated work groups with monthly
 * reports (bench/lib/governance-repo.ts), then a known share of them made late, at risk or past review. Shared by
 * the sweep benchmark (bench/sweep.ts, 1,000 groups) and the CI test of the sweep's read budget
 * (test/e2e/sweep-read-budget.test.ts, 200 and 400 groups), so both measure the same repository.
 */
import type { FakeGitHub } from "../../test/support/fake-github.ts";
import { governanceRepoFiles } from "./governance-repo.ts";

export interface SweepScenario {
  /** Work groups without last month's report, and those (a subset) without the month before either. */
  missing: { lastMonth: string[]; both: string[] };
  /** Charters past their review date. */
  stale: number;
  slugs: string[];
}

/**
 * Loads the repository into `fake.files`: every 10th work group has not filed `lastMonth`'s report, every 50th
 * not the month before either (so it is at risk), every 100th charter is past its review date.
 */
export function loadSweepScenario(
  fake: FakeGitHub,
  options: { workgroups: number; reports: number; lastMonth: string },
): SweepScenario {
  const { workgroups, reports, lastMonth } = options;
  for (const [path, text] of governanceRepoFiles({
    files: 1 + workgroups * (1 + reports),
    workgroups,
    errorRate: 0,
    lastMonth,
  }))
    fake.files.set(path, text);
  // Terms: the generated charters start `reports` months back; allow 36 so that only the chosen ones are past review.
  fake.files.set(
    ".github/wgbot.yml",
    `${fake.files.get(".github/wgbot.yml")}`.replace("max_term_months: 24", "max_term_months: 36"),
  );
  const slugs = [...fake.files.keys()]
    .flatMap((p) => /^workgroups\/([^/]+)\/charter\.yml$/.exec(p)?.slice(1, 2) ?? [])
    .sort();
  const previous = previousMonth(lastMonth);
  const missing = { lastMonth: [] as string[], both: [] as string[] };
  let stale = 0;
  slugs.forEach((slug, i) => {
    const charterPath = `workgroups/${slug}/charter.yml`;
    const review = i % 100 === 7 ? "2026-11-01" : "2027-10-01";
    if (i % 100 === 7) stale++;
    fake.files.set(
      charterPath,
      (fake.files.get(charterPath) ?? "").replace(/review: "[0-9-]+"/, `review: "${review}"`),
    );
    if (i % 10 === 3) {
      fake.files.delete(`workgroups/${slug}/reports/${lastMonth}.yml`);
      missing.lastMonth.push(slug);
    }
    if (i % 50 === 3) {
      fake.files.delete(`workgroups/${slug}/reports/${previous}.yml`);
      missing.both.push(slug);
    }
  });
  return { missing, stale, slugs };
}

/** A report for `month`, made from the group's report of two months before (which the generator always writes). */
export function reportFor(fake: FakeGitHub, slug: string, month: string): string {
  const older = previousMonth(previousMonth(month));
  const text = fake.files.get(`workgroups/${slug}/reports/${older}.yml`) ?? "";
  return text.replace(new RegExp(`period: "?${older}"?`), `period: "${month}"`);
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
