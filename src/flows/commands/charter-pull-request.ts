/**
 * The pull request that adds an approved work group's charter, as one round. Every step looks first, so a retried
 * or concurrent run never opens a second pull request: a pull request from the branch (open, merged or closed) means
 * the work is done; an existing branch is reused; the file is written only when its content differs (and a
 * concurrent run that wrote the same content first is fine: apply/create-once.ts).
 */

import type { CharterFile } from "../../decide/charter-file.ts";
import { charterPullExists, refSha } from "../../gather/charter-pull-request.ts";
import { readRepoFileWithSha } from "../../gather/files.ts";
import type { Write } from "../../model/write.ts";
import { type Round, round } from "../flow-module.ts";

interface BranchState {
  done: boolean;
  /** The base's head, when the branch must be created. */
  baseSha?: string;
  existing?: { sha: string; content: string };
}

export function charterPullRound(file: CharterFile, base: string, then?: () => Round | undefined): Round {
  return round(
    async (ctx): Promise<BranchState> => {
      const { github, repo } = ctx;
      if (await charterPullExists(github, repo, file.branch)) return { done: true };
      const branchSha = await refSha(github, repo, `heads/${file.branch}`);
      if (branchSha === undefined) {
        const baseSha = await refSha(github, repo, `heads/${base}`);
        if (baseSha === undefined) throw new Error(`The base branch ${base} does not exist.`);
        return { done: false, baseSha };
      }
      const existing = await readRepoFileWithSha(github, repo, file.path, file.branch);
      return { done: false, ...(existing ? { existing } : {}) };
    },
    (s) => {
      const after = then ? { next: then } : {};
      if (s.done) return { writes: [], ...after };
      const writes: Write[] = [];
      if (s.baseSha !== undefined)
        writes.push({ kind: "create-branch", branch: file.branch, sha: s.baseSha });
      if (s.existing?.content !== file.content) {
        writes.push({
          kind: "put-file",
          branch: file.branch,
          path: file.path,
          content: file.content,
          message: file.message,
          ...(s.existing ? { sha: s.existing.sha } : {}),
        });
      }
      writes.push({ kind: "create-pull", title: file.title, head: file.branch, base, body: file.body });
      return { writes, ...after };
    },
  );
}
