/** Reads a governance repository from disk into a snapshot: the config and everything under the work groups folder. */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CONFIG_PATH, loadConfig } from "../config/load.ts";
import type { RepoSnapshot } from "./snapshot.ts";

export class NotARepositoryError extends Error {}

/**
 * Synchronous reads on purpose: a CLI run reads thousands of small files and does nothing else meanwhile, and
 * one readFileSync costs a fraction of an awaited readFile (measured in bench/validate.ts).
 */
export async function readLocalRepository(root: string): Promise<RepoSnapshot> {
  const stat = existsSync(root) ? lstatSync(root) : undefined;
  if (!stat?.isDirectory()) throw new NotARepositoryError(`${root} is not a directory.`);
  const files = new Map<string, Uint8Array>();
  for (const path of [CONFIG_PATH, ".github/wgbot.yaml"]) {
    const bytes = readIfFile(join(root, path));
    if (bytes) files.set(path, bytes);
  }
  const { config } = loadConfig(files.get(CONFIG_PATH));
  const base = config.paths.workgroups;
  for (const relative of listYamlFiles(join(root, base))) {
    files.set(`${base}/${relative}`, readFileSync(join(root, base, relative)));
  }
  return { files };
}

function readIfFile(path: string): Uint8Array | undefined {
  try {
    // lstat: a symbolic link could point anywhere on the machine; governance files are plain files.
    return lstatSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Plain YAML files below `dir` (symbolic links are left out: one could point anywhere on the machine), as sorted
 * forward-slash paths relative to it. One recursive listing is much cheaper than a walk of awaited readdirs.
 */
function listYamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join("/"),
    )
    .sort();
}
