/** Reads single files from the repository through the contents API (one request each; a missing file is undefined). */

import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import { MAX_FILE_BYTES, type TooLarge } from "../repo/decode.ts";

/**
 * A governance file's bytes, exactly as stored, for ../repo/decode.ts to judge as `wgbot validate` does (a lossy
 * decode here would let invalid UTF-8 through). `{ tooLarge }` when it is over the limit (its content is not
 * decoded; over 1 MB the API does not even send it), null when the path is not a file (a folder, a submodule, a
 * link the API does not resolve), undefined when there is none.
 */
export async function readRepoBytes(
  github: GitHub,
  repo: Repo,
  path: string,
  ref?: string,
): Promise<Uint8Array | TooLarge | null | undefined> {
  let data: Awaited<ReturnType<GitHub["rest"]["repos"]["getContent"]>>["data"];
  try {
    ({ data } = await github.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) }));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
  if (typeof data.size === "number" && data.size > MAX_FILE_BYTES) return { tooLarge: data.size };
  if ((data.encoding ?? "base64") !== "base64") return null;
  return new Uint8Array(Buffer.from(data.content, "base64"));
}

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
