/**
 * The pull request that adds an approved work group's charter. Every step looks first, so a retried or
 * concurrent run never opens a second pull request: a pull request from the branch (open, merged or closed) means
 * the work is done; an existing branch is reused; the file is written only when its content differs.
 */

import type { WriteRunner } from "../../apply/write-runner.ts";
import type { CharterFile } from "../../decide/charter-file.ts";
import { charterPullExists, refSha } from "../../gather/charter-pull-request.ts";
import { readRepoFileWithSha } from "../../gather/files.ts";

export async function ensureCharterPullRequest(
  runner: WriteRunner,
  file: CharterFile,
  base: string,
): Promise<void> {
  const { github, repo } = runner;
  if (await charterPullExists(github, repo, file.branch)) return;

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
