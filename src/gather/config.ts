/** The repository's configuration, read from its default branch. */
import type { Repo } from "../apply/writes.ts";
import { CONFIG_PATH, type LoadedConfig, loadConfig } from "../config/load.ts";
import type { GitHub } from "../github/client.ts";
import { readRepoFile } from "./files.ts";

export async function gatherConfig(github: GitHub, repo: Repo): Promise<LoadedConfig> {
  return loadConfig(await readRepoFile(github, repo, CONFIG_PATH));
}
