/** The slugs of the work groups that already exist: the folder names under the work groups folder. */

import type { Config } from "../config/types.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";

export async function gatherWorkgroupSlugs(github: GitHub, repo: Repo, config: Config): Promise<Set<string>> {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path: config.paths.workgroups });
    if (!Array.isArray(data)) return new Set();
    return new Set(data.filter((entry) => entry.type === "dir").map((entry) => entry.name));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return new Set();
    throw error;
  }
}
