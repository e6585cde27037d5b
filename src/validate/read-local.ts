/**
 * Reads a governance repository from disk: the config and every YAML file under the work groups folder.
 *
 * Nothing outside the repository is ever read: no symbolic link is followed (a link, to a file or a folder, is
 * reported and left alone), every entry is looked at with lstat, and a file is opened only when it is a plain file
 * within the size limit. Each entry that cannot be read — a link, a pipe or device, a folder where a file belongs
 * or the other way round, a name that is not UTF-8, a file over the limit — is one problem naming its path, and
 * the rest of the repository is still read.
 *
 * Synchronous on purpose: a CLI run lists and reads thousands of small files and does nothing else meanwhile, and
 * one synchronous read costs a fraction of an awaited one (measured in bench/validate.ts).
 */
import { type Dirent, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../config/load.ts";
import { type Problem, problem } from "../problems.ts";
import { firstInvalidByte, visibleBytes } from "../repo/decode.ts";
import { kindOf, lstatOf, readPlainFile, unreadableProblem, wrongKindProblem } from "../repo/local-file.ts";
import { ALTERNATIVE_CONFIG_PATH, CONFIG_PATH } from "../repo/paths.ts";
import type { RepoSnapshot } from "../repo/snapshot.ts";

export class NotARepositoryError extends Error {}

export async function readLocalRepository(root: string): Promise<RepoSnapshot> {
  return readLocalRepositorySync(root);
}

export function readLocalRepositorySync(root: string): RepoSnapshot {
  // The root is the one path the user named: it may be a link. Below it, nothing is followed.
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {}
  if (!isDirectory) throw new NotARepositoryError(`${root} is not a directory.`);
  const found: [string, Uint8Array][] = [];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (p: Problem) => {
    // `.github` is on the way to both config names: a link there is one problem, not two.
    if (!reported.has(p.file)) problems.push(p);
    reported.add(p.file);
  };
  const reader: Reader = { root, found, report };

  const config = readOne(reader, CONFIG_PATH);
  readOne(reader, ALTERNATIVE_CONFIG_PATH); // read to be reported as misplaced; never used
  const { paths } = loadConfig(config).config;
  const base = paths.workgroups;
  if (folderReachable(reader, base)) walk(reader, base);
  // The grants ledger: grants/<year>/<issue>-<slug>.yml.
  if (paths.grants !== base && folderReachable(reader, paths.grants)) walk(reader, paths.grants);

  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: new Map(found), problems };
}

interface Reader {
  root: string;
  found: [string, Uint8Array][];
  report: (problem: Problem) => void;
}

/** The bytes of one expected file, read through folders that must all be plain folders. */
function readOne(reader: Reader, path: string): Uint8Array | undefined {
  const parent = path.split("/").slice(0, -1).join("/");
  if (parent && !folderReachable(reader, parent)) return undefined;
  const at = lstatOf(join(reader.root, path));
  if ("error" in at) {
    reader.report(unreadableProblem(path, at.error));
    return undefined;
  }
  if (at.kind === "missing") return undefined;
  const read = readPlainFile(join(reader.root, path), path);
  if ("problem" in read) {
    reader.report(read.problem);
    return undefined;
  }
  reader.found.push([path, read.bytes]);
  return read.bytes;
}

/** Whether each folder of `path` is a plain folder; a link or a file on the way is reported. Missing: false. */
function folderReachable(reader: Reader, path: string): boolean {
  const segments = path.split("/");
  for (let i = 1; i <= segments.length; i++) {
    const sub = segments.slice(0, i).join("/");
    const at = lstatOf(join(reader.root, sub));
    if ("error" in at) {
      reader.report(unreadableProblem(sub, at.error));
      return false;
    }
    if (at.kind === "missing") return false;
    if (at.kind !== "folder") {
      reader.report(wrongKindProblem(sub, at.kind, "folder"));
      return false;
    }
  }
  return true;
}

const YAML = /\.ya?ml$/;

/** Every plain YAML file below the work groups folder, and a problem for every entry that cannot be one. */
function walk(reader: Reader, base: string): void {
  const folders = [base];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent<Buffer>[];
    try {
      // Names as bytes: Linux allows any bytes but / in a name, and a name that is not UTF-8 must be shown as it is.
      entries = readdirSync(join(reader.root, folder), { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      reader.report(unreadableProblem(folder, error as NodeJS.ErrnoException));
      continue;
    }
    // A report folder is where the work group's folder is, one level down.
    const depth = folder.split("/").length - base.split("/").length;
    for (const entry of entries) {
      const bytes = entry.name;
      if (firstInvalidByte(bytes) < bytes.length) {
        reader.report(nameProblem(`${folder}/${visibleBytes(bytes)}`));
        continue;
      }
      const name = bytes.toString("utf8");
      const path = `${folder}/${name}`;
      const kind = kindOf(entry);
      if (kind === "folder") {
        if (YAML.test(name)) reader.report(wrongKindProblem(path, kind, "file"));
        else folders.push(path);
      } else if (kind === "file") {
        if (depth === 1 && name === "reports") reader.report(wrongKindProblem(path, kind, "folder"));
        else if (YAML.test(name)) {
          const read = readPlainFile(join(reader.root, path), path);
          if ("problem" in read) reader.report(read.problem);
          else reader.found.push([path, read.bytes]);
        }
      } else reader.report(wrongKindProblem(path, kind, "file"));
    }
  }
}

function nameProblem(path: string): Problem {
  return problem(
    path,
    "repo.name-encoding",
    `The name \`${path}\` is not valid UTF-8 (each invalid byte is shown as \\xNN).`,
    {
      hint: "Rename it with UTF-8 text; work group folders and report files use letters, digits and hyphens.",
    },
  );
}
