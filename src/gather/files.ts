/** Reads single files from the repository through the contents API (one request each; a missing file is undefined). */

import type { Repo } from "../apply/writes.ts";
import type { GitHub } from "../github/client.ts";

export async function readRepoFile(
  github: GitHub,
  repo: Repo,
  path: string,
  ref?: string,
): Promise<string | undefined> {
  return (await readRepoFileWithSha(github, repo, path, ref))?.content;
}

/** The file's text and its blob SHA (which an update of the file must name). */
export async function readRepoFileWithSha(
  github: GitHub,
  repo: Repo,
  path: string,
  ref?: string,
): Promise<{ sha: string; content: string } | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return undefined;
    return { sha: data.sha, content: Buffer.from(data.content, "base64").toString("utf8") };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
