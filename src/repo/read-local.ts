/** Reads a governance repository from disk into a snapshot: the config and everything under the work groups folder. */
import { lstat, readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { CONFIG_PATH, loadConfig } from "../config/load.ts";
import type { RepoSnapshot } from "./snapshot.ts";

export class NotARepositoryError extends Error {}

export async function readLocalRepository(root: string): Promise<RepoSnapshot> {
  const stat = await lstat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new NotARepositoryError(`${root} is not a directory.`);
  const files = new Map<string, Uint8Array>();
  const configBytes = await readFile(join(root, CONFIG_PATH)).catch(() => undefined);
  if (configBytes) files.set(CONFIG_PATH, configBytes);
  const alternative = await readFile(join(root, ".github/wgbot.yaml")).catch(() => undefined);
  if (alternative) files.set(".github/wgbot.yaml", alternative);
  const { config } = loadConfig(configBytes);
  const base = join(root, config.paths.workgroups);
  for (const path of await walk(base)) {
    files.set(relative(root, path).split(sep).join("/"), await readFile(path));
  }
  return { files };
}

/** Lists YAML files below `dir`, without following symbolic links (a link could point anywhere on the machine). */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}
