/**
 * The pull request that adds one file, as rounds: an approved work group's charter, or a grants ledger record the
 * default branch refused (ledger-round.ts). Every step looks first, so a retried or concurrent run never opens a
 * second pull request: for a charter, a pull request from the branch (open, merged or closed) means the work is
 * done; an existing branch is reused; the file is written only when its content differs (and a concurrent run that
 * wrote the same content first is fine: apply/create-once.ts).
 */

import { isRefusedByProtection } from "../../apply/create-once.ts";
import type { CharterFile } from "../../decide/charter-file.ts";
import { charterPullExists, pullStates, refSha } from "../../gather/charter-pull-request.ts";
import { readRepoFileWithSha } from "../../gather/files.ts";
import type { Write } from "../../model/write.ts";
import { goOn, pure, type Round, round } from "../flow-module.ts";

/** The file, its branch and commit message, and the pull request's title and body. */
export type PullFile = Pick<CharterFile, "path" | "branch" | "content" | "message" | "title" | "body">;

export interface PullOptions {
  /**
   * Keep the open pull request's file up to date, and open another when the earlier ones were closed: a grants
   * ledger record, which a later decision on the issue changes. Without it, any pull request from the branch, even
   * a closed one, means the work is done: closing a charter's pull request is a person's answer.
   */
  update?: boolean;
}

interface BranchState {
  done: boolean;
  /** An open pull request from the branch (with `update`): its file is brought up to date, and no other opened. */
  open?: boolean;
  /** The base's head, when the branch must be created. */
  baseSha?: string;
  existing?: { sha: string; content: string };
}

export function charterPullRound(
  file: PullFile,
  base: string,
  then?: () => Round | undefined,
  options: PullOptions = {},
): Round {
  return round(
    async (ctx): Promise<BranchState> => {
      const { github, repo } = ctx;
      const open = options.update ? (await pullStates(github, repo, file.branch, "open")).length > 0 : false;
      if (!options.update && (await charterPullExists(github, repo, file.branch))) return { done: true };
      const branchSha = await refSha(github, repo, `heads/${file.branch}`);
      if (branchSha === undefined) {
        const baseSha = await refSha(github, repo, `heads/${base}`);
        if (baseSha === undefined) throw new Error(`The base branch ${base} does not exist.`);
        return { done: false, open, baseSha };
      }
      const existing = await readRepoFileWithSha(github, repo, file.path, file.branch);
      return { done: false, open, ...(existing ? { existing } : {}) };
    },
    (s) => {
      if (s.done) return goOn(then);
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
      // The pull request is opened once the file is on the branch: a branch that refused the file (a ruleset on
      // wgbot's own branches) leaves nothing to propose, and GitHub's refusal says why better than an empty pull
      // request would.
      return {
        writes,
        next: (answers) => {
          const refused = answers.find(isRefusedByProtection);
          if (refused) throw refused.error;
          return s.open ? then?.() : pullRound(file, base, then);
        },
      };
    },
  );
}

function pullRound(file: PullFile, base: string, then?: () => Round | undefined): Round {
  return pure(() => ({
    writes: [{ kind: "create-pull", title: file.title, head: file.branch, base, body: file.body }],
    ...(then ? { next: then } : {}),
  }));
}
