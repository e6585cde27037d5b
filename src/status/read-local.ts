/**
 * The foundation's files as a local checkout has them, for `wgbot status` and `wgbot site`: the config and every
 * charter read and validated, and of the reports only their names — which months have one is all a dashboard
 * shows, as it is all the sweep decides on (gather/governance.ts reads GitHub the same way). Parsing every report
 * would make a status of 1,000 work groups take seconds; `wgbot validate` checks their content.
 *
 * Nothing outside the repository is read: no link is followed (entries are looked at with lstat, files opened
 * only when plain), and an entry that is not what it should be is left out here; `wgbot validate` names it.
 * The report history comes from git when the folder is a full checkout of its own (repo/report-history.ts).
 */
import { type Dirent, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../config/load.ts";
import type { LedgerEntry } from "../decide/ledger-totals.ts";
import type { GrantRecord } from "../generated/ledger.ts";
import { classifyLedgerPath } from "../repo/ledger-paths.ts";
import { kindOf, lstatOf, readPlainFile } from "../repo/local-file.ts";
import { CONFIG_PATH, classifyPath } from "../repo/paths.ts";
import { type HistoryResult, reportHistory } from "../repo/report-history.ts";
import { checkYamlDocument } from "../schema/yaml-document.ts";
import { NotARepositoryError } from "../validate/read-local.ts";
import { type GovernanceState, validateRepository } from "../validate/repository.ts";

export interface LocalFoundation {
  state: GovernanceState;
  history: HistoryResult;
  /** The grants ledger's valid records; files with problems are left out (`wgbot validate` names them). */
  ledger: LedgerEntry[];
}

export function readLocalFoundation(root: string, now: Date): LocalFoundation {
  const at = lstatOf(root);
  // The root is the one path the user named: it may be a link. Below it, nothing is followed.
  if ("error" in at || (at.kind !== "folder" && at.kind !== "link"))
    throw new NotARepositoryError(`${root} is not a directory.`);
  const files = new Map<string, Uint8Array>();
  const config = plainFile(root, CONFIG_PATH);
  if (config) files.set(CONFIG_PATH, config);
  const folder = loadConfig(config).config.paths.workgroups;
  const reports: { path: string; slug: string; month: string }[] = [];
  for (const group of folders(root, folder)) {
    const charterPath = `${folder}/${group}/charter.yml`;
    const charter = plainFile(root, charterPath);
    if (charter) files.set(charterPath, charter);
    for (const name of entriesOf(root, `${folder}/${group}/reports`)) {
      if (!name.isFile()) continue;
      const path = `${folder}/${group}/reports/${name.name}`;
      const where = classifyPath(path, folder);
      if (where?.kind === "report") reports.push({ path, slug: where.slug, month: where.month });
    }
  }
  const state = validateRepository({ files }, { now });
  for (const { path, slug, month } of reports) {
    let wg = state.workgroups.get(slug);
    if (!wg) {
      wg = { slug, charterPath: `${folder}/${slug}/charter.yml`, charterFound: false, reports: new Map() };
      state.workgroups.set(slug, wg);
    }
    wg.reports.set(month, { path, month });
  }
  return { state, history: reportHistory(root, folder), ledger: readLedger(root, state.config.paths.grants) };
}

/** Every valid record under `<grants>/<year>/`. */
function readLedger(root: string, folder: string): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const year of folders(root, folder)) {
    for (const file of entriesOf(root, `${folder}/${year}`)) {
      const path = `${folder}/${year}/${file.name}`;
      if (!file.isFile() || classifyLedgerPath(path, folder)?.kind !== "ledger") continue;
      const bytes = plainFile(root, path);
      if (!bytes) continue;
      const doc = checkYamlDocument<GrantRecord>(path, bytes, "ledger");
      if (doc.data && doc.problems.length === 0) entries.push({ path, record: doc.data });
    }
  }
  return entries;
}

function entriesOf(root: string, path: string): Dirent[] {
  const at = lstatOf(join(root, path));
  if ("error" in at || at.kind !== "folder") return [];
  try {
    return readdirSync(join(root, path), { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The work group folders: plain folders only, never a link. */
function folders(root: string, path: string): string[] {
  const parts = path.split("/");
  for (let i = 1; i < parts.length; i++) {
    const at = lstatOf(join(root, ...parts.slice(0, i)));
    if ("error" in at || at.kind !== "folder") return [];
  }
  return entriesOf(root, path)
    .filter((e) => kindOf(e) === "folder")
    .map((e) => e.name)
    .sort();
}

function plainFile(root: string, path: string): Uint8Array | undefined {
  const parent = path.split("/").slice(0, -1);
  for (let i = 1; i <= parent.length; i++) {
    const at = lstatOf(join(root, ...parent.slice(0, i)));
    if ("error" in at || at.kind !== "folder") return undefined;
  }
  const read = readPlainFile(join(root, path), path);
  return "bytes" in read ? read.bytes : undefined;
}

/** Why reports cannot be called late, in a sentence for people; undefined when the history was read. */
export function historyNote(history: HistoryResult): string | undefined {
  if (history.dates) return undefined;
  const why = {
    "not-a-checkout": "the folder is not the top of its own git checkout",
    shallow: "the checkout is shallow (fetch its full history, e.g. with `fetch-depth: 0`)",
    "no-git": "git is not installed",
  }[history.why];
  return `Reports are shown as filed, never late: ${why}, so the day each report landed is unknown.`;
}
