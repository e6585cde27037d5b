/** Reads a governance repository from disk: the config and every YAML file under the work groups folder. */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { ALTERNATIVE_CONFIG_PATH, CONFIG_PATH, loadConfig } from "../config/load.ts";
import type { RepoSnapshot } from "./snapshot.ts";

export class NotARepositoryError extends Error {}

/**
 * The governance files of a repository on disk, as repository-relative paths (without reading them). Synchronous
 * on purpose: a CLI run lists and reads thousands of small files and does nothing else meanwhile, and one
 * readFileSync costs a fraction of an awaited readFile (measured in bench/validate.ts).
 */
export function listGovernanceFiles(root: string): string[] {
  const stat = existsSync(root) ? lstatSync(root) : undefined;
  if (!stat?.isDirectory()) throw new NotARepositoryError(`${root} is not a directory.`);
  const paths = [CONFIG_PATH, ALTERNATIVE_CONFIG_PATH].filter((path) => isFile(join(root, path)));
  const { config } = loadConfig(readIfFile(join(root, CONFIG_PATH)));
  const base = config.paths.workgroups;
  for (const path of listYamlFiles(join(root, base))) paths.push(`${base}/${path}`);
  return paths;
}

export async function readLocalRepository(root: string): Promise<RepoSnapshot> {
  return readFiles(root, listGovernanceFiles(root));
}

export function readFiles(root: string, paths: readonly string[]): RepoSnapshot {
  const files = new Map<string, Uint8Array>();
  for (const path of paths) files.set(path, readFileSync(join(root, path)));
  return { files };
}

function isFile(path: string): boolean {
  // lstat: a symbolic link could point anywhere on the machine; governance files are plain files.
  return existsSync(path) && lstatSync(path).isFile();
}

function readIfFile(path: string): Uint8Array | undefined {
  return isFile(path) ? readFileSync(path) : undefined;
}

/** Plain YAML files below `dir` (links left out), as sorted forward-slash paths relative to it. */
function listYamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => {
      const parent = entry.parentPath ?? entry.path;
      const folder = parent.length > dir.length ? `${parent.slice(dir.length + 1)}${sep}` : "";
      return `${folder}${entry.name}`.split(sep).join("/");
    })
    .sort();
}
