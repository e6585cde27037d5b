/**
 * Where a governance repository is on disk: a folder with wgbot's config or a work groups folder. Used to refuse a
 * folder that is none (CI run in the wrong folder must fail, not pass with nothing checked) and to find the
 * repository of one file, as an editor or a pre-commit hook names it.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import { PRESETS } from "../config/presets.ts";
import { ALTERNATIVE_CONFIG_PATH, CONFIG_PATH } from "../repo/paths.ts";

/** The default work groups folder; a repository that moves it has a config, which is found first. */
const WORKGROUPS = PRESETS.psf.paths.workgroups;

export function isGovernanceRepository(dir: string): boolean {
  return (
    existsSync(join(dir, CONFIG_PATH)) ||
    existsSync(join(dir, ALTERNATIVE_CONFIG_PATH)) ||
    isFolder(join(dir, WORKGROUPS))
  );
}

/** The nearest folder at or above `start` that is a governance repository, if any. */
export function findRepositoryRoot(start: string): string | undefined {
  const top = parse(start).root;
  for (let dir = start; ; dir = dirname(dir)) {
    if (isGovernanceRepository(dir)) return dir;
    if (dir === top) return undefined;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
