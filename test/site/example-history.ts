/**
 * The example governance repository (examples/psf) as a git checkout of its own, with a history: charters and
 * config first, then each report committed on the day it "landed" — on time (the 10th of the next month) except
 * for the ones listed in LATE, committed after their due date (the 15th). The dashboard reads these dates to tell
 * filed reports from late ones, exactly as it reads a real governance repository's history.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Reports that landed after their due date: path → the day they landed. */
export const LATE: Readonly<Record<string, string>> = {
  "workgroups/packaging/reports/2026-07.yml": "2026-08-27",
  "workgroups/grants/reports/2026-09.yml": "2026-10-21",
};

function addMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

export function exampleWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), "wgbot-site-"));
  cpSync(join(ROOT, "examples", "psf"), dir, { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync("git", ["-c", "user.name=Example", "-c", "user.email=example@example.org", ...args], {
      cwd: dir,
      stdio: "pipe",
      env: {
        ...process.env,
        ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
      },
    });
  git(["init", "-q", "-b", "main"]);
  git([
    "add",
    ".github",
    ...readdirSync(join(dir, "workgroups")).map((slug) => `workgroups/${slug}/charter.yml`),
  ]);
  git(["commit", "-q", "-m", "Charters"], "2024-01-02");
  const byDay = new Map<string, string[]>();
  for (const slug of readdirSync(join(dir, "workgroups")))
    for (const file of readdirSync(join(dir, "workgroups", slug, "reports"))) {
      const path = `workgroups/${slug}/reports/${file}`;
      const day = LATE[path] ?? `${addMonth(file.slice(0, 7))}-10`;
      byDay.set(day, [...(byDay.get(day) ?? []), path]);
    }
  for (const day of [...byDay.keys()].sort()) {
    git(["add", ...(byDay.get(day) ?? [])]);
    git(["commit", "-q", "-m", `Reports landed on ${day}`], day);
  }
  return dir;
}
