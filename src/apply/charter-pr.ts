/**
 * The pull request that adds an approved work group's charter. Every step looks first, so a retried or
 * concurrent run never opens a second pull request: a pull request from the branch (open, merged or closed) means
 * the work is done; an existing branch is reused; the file is written only when its content differs.
 */
import type { CharterFile } from "../decide/charter-file.ts";
import { readRepoFileWithSha } from "../gather/files.ts";
import type { GitHub } from "../github/client.ts";
import type { WriteRunner } from "./runner.ts";
import type { Repo } from "./writes.ts";

export async function ensureCharterPullRequest(
  runner: WriteRunner,
  file: CharterFile,
  base: string,
): Promise<void> {
  const { github, repo } = runner;
  const { data: pulls } = await github.rest.pulls.list({
    ...repo,
    state: "all",
    head: `${repo.owner}:${file.branch}`,
    per_page: 10,
  });
  if (pulls.length > 0) return;

  const branchSha = await refSha(github, repo, `heads/${file.branch}`);
  let existing: { sha: string; content: string } | undefined;
  if (branchSha === undefined) {
    const baseSha = await refSha(github, repo, `heads/${base}`);
    if (baseSha === undefined) throw new Error(`The base branch ${base} does not exist.`);
    await runner.run({ kind: "create-branch", branch: file.branch, sha: baseSha });
  } else {
    existing = await readRepoFileWithSha(github, repo, file.path, file.branch);
  }
  if (existing?.content !== file.content) {
    const put = {
      kind: "put-file" as const,
      branch: file.branch,
      path: file.path,
      content: file.content,
      message: file.message,
      ...(existing ? { sha: existing.sha } : {}),
    };
    await runner.run(put).catch(async (error) => {
      // A concurrent run wrote the file first (GitHub asks for its sha): fine if it wrote the same content.
      const status = (error as { status?: number }).status;
      if (status !== 409 && status !== 422) throw error;
      const now = await readRepoFileWithSha(github, repo, file.path, file.branch);
      if (now?.content !== file.content) throw error;
    });
  }
  await runner.run({ kind: "create-pull", title: file.title, head: file.branch, base, body: file.body });
}

async function refSha(github: GitHub, repo: Repo, ref: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
