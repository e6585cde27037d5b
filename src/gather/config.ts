/** The repository's configuration, read from its default branch (or `ref`), through the App's cache if it has one. */

import { CONFIG_PATH, type LoadedConfig, loadConfig } from "../config/load.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import type { ConfigCache } from "./config-cache.ts";
import { readRepoBytes } from "./files.ts";

export async function gatherConfig(
  github: GitHub,
  repo: Repo,
  cache?: ConfigCache,
  ref?: string,
): Promise<LoadedConfig> {
  // Bytes, decoded as `wgbot validate` decodes them; a folder or other non-file counts as no config.
  const read = async () => loadConfig((await readRepoBytes(github, repo, CONFIG_PATH, ref)) ?? undefined);
  return cache ? cache.get(`${repo.owner}/${repo.repo}`, ref, read) : read();
}
