/**
 * When each report landed on the checked-out branch, from its git history: the date of the commit that added the
 * file, following the branch's first parents (so a report merged by pull request dates from the merge, the day it
 * reached the branch, not from the day its author committed it elsewhere).
 *
 * The history counts only when the folder is the top of its own git checkout with its full history. A folder
 * inside another repository (wgbot's own `examples/psf`) has someone else's history, and a shallow clone (the
 * default of `actions/checkout`) dates every file to the one commit it has: in both cases the dates would be wrong,
 * so there are none, and no report is called late.
 *
 * git reads the repository as data: no pager, no external diff or text conversion, and the file-system monitor
 * hook and signature checks a hostile checkout could configure are switched off.
 */
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";

const SAFE = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.quotePath=true",
  "-c",
  "log.showSignature=false",
  "--no-pager",
];
const DATE_LINE = /^@(\d{4}-\d{2}-\d{2})$/;

export type HistoryResult =
  | { dates: Map<string, string> }
  | { dates?: undefined; why: "not-a-checkout" | "shallow" | "no-git" };

function git(root: string, args: string[]): { ok: boolean; out: string; missing?: boolean } {
  const run = spawnSync("git", [...SAFE, "-C", root, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" },
  });
  const missing = (run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
  return { ok: run.status === 0, out: run.stdout ?? "", missing };
}

/** The dates reports under `folder` (a path from the root) were added, by path; or why there are none. */
export function reportHistory(root: string, folder: string): HistoryResult {
  const top = git(root, ["rev-parse", "--show-toplevel", "--is-shallow-repository"]);
  if (top.missing) return { why: "no-git" };
  if (!top.ok) return { why: "not-a-checkout" };
  const [toplevel = "", shallow = ""] = top.out.split("\n");
  let same = false;
  try {
    same = realpathSync(toplevel) === realpathSync(root);
  } catch {}
  if (!same) return { why: "not-a-checkout" };
  if (shallow.trim() === "true") return { why: "shallow" };
  const log = git(root, [
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--diff-filter=A",
    "--no-renames",
    "--no-ext-diff",
    "--no-textconv",
    "--format=@%cs",
    "--name-only",
    "--",
    `${folder}/*/reports/*`,
  ]);
  // A repository with no commit yet has no history to read: every report is then simply filed.
  if (!log.ok) return { dates: new Map() };
  return { dates: parseLog(log.out) };
}

/** `@YYYY-MM-DD` lines, each followed by the paths that commit added; newest commit first, so the first date wins. */
export function parseLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const line of out.split("\n")) {
    const match = DATE_LINE.exec(line);
    if (match) date = match[1];
    // A quoted path has characters no report name has; it is left out.
    else if (line !== "" && date && !line.startsWith('"') && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}
