/**
 * Turns a generated governance repository (governance-repo.ts: every report of every month filed) into what the
 * dashboard meets in a real foundation, for the site benchmark: reports counted from `reports.since`, some missing
 * and some late, and a git history that says when each report landed.
 *
 * - `reports.since` is set: two groups in three kept their earlier reports elsewhere (a wiki), so their months
 *   before it are "not tracked here"; the third imported all of theirs.
 * - Since then, about one report in twelve is missing, and one group in twenty-five missed the last two (at risk).
 * - Every report is committed on the 10th of the next month (on time, due the 15th), except about one in six
 *   since `since`, committed on the 27th: late.
 *
 * Deterministic: which reports are missing or late follows from the group's and the month's positions.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface SiteHistory {
  /** Groups with no report here before `since`. */
  untracked: number;
  /** Reports left in the repository. */
  reports: number;
  /** Reports removed since `since`. */
  missing: number;
  /** Reports committed after their due date. */
  late: number;
  commits: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

export function makeSiteHistory(root: string, since: string, lastMonth: string): SiteHistory {
  const configPath = join(root, ".github/wgbot.yml");
  const config = readFileSync(configPath, "utf8");
  if (!config.includes("\nreports:\n"))
    throw new Error("bench: the generated config has no `reports:` section");
  writeFileSync(configPath, config.replace("\nreports:\n", `\nreports:\n  since: "${since}"\n`));

  const stats: SiteHistory = { untracked: 0, reports: 0, missing: 0, late: 0, commits: 0 };
  const landings = new Map<string, string[]>(); // day → report paths that landed that day
  const slugs = readdirSync(join(root, "workgroups")).sort();
  slugs.forEach((slug, g) => {
    const folder = `workgroups/${slug}/reports`;
    const keepsEarlier = g % 3 === 0;
    if (!keepsEarlier) stats.untracked++;
    const atRisk = g % 25 === 1;
    for (const file of readdirSync(join(root, folder)).sort()) {
      const month = file.slice(0, 7);
      const path = `${folder}/${file}`;
      const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
      if (month < since && !keepsEarlier) {
        rmSync(join(root, path));
        continue;
      }
      const missing =
        month >= since && ((g * 7 + m * 13) % 12 === 0 || (atRisk && month > monthsBefore(lastMonth, 2)));
      if (missing) {
        rmSync(join(root, path));
        stats.missing++;
        continue;
      }
      const late = month >= since && (g * 31 + m * 17) % 6 === 0;
      if (late) stats.late++;
      stats.reports++;
      const day = `${nextMonth(month)}-${late ? "27" : "10"}`;
      landings.set(day, [...(landings.get(day) ?? []), path]);
    }
  });

  const git = (args: string[], day: string, input?: string) =>
    execFileSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@example.org", ...args], {
      cwd: root,
      input,
      stdio: ["pipe", "ignore", "pipe"],
      env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
    });
  const first = [...landings.keys()].sort()[0] ?? "2000-01-01";
  git(["init", "-q", "-b", "main"], first);
  git(["add", ".github", ...slugs.map((s) => `workgroups/${s}/charter.yml`)], first);
  git(["commit", "-q", "--no-verify", "-m", "Charters"], first);
  stats.commits++;
  for (const day of [...landings.keys()].sort()) {
    git(["add", "--pathspec-from-file=-"], day, (landings.get(day) ?? []).join("\n"));
    git(["commit", "-q", "--no-verify", "-m", `Reports landed on ${day}`], day);
    stats.commits++;
  }
  return stats;
}

/** The month `n` months before `month`. */
function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
