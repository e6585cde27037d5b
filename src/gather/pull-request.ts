/**
 * What a report or charter pull request needs besides the pull request and its file list (pull-request-now.ts):
 * the config and the touched work groups' charters on the base branch, the changed files at the head commit (one contents read each,
 * made concurrently: a report pull request changes one or two files), and the check run wgbot already left on the
 * head SHA (one request). The contents API reads a fork's pull request too: its head commits are reachable from
 * the base repository by SHA.
 */

import type { Config } from "../config/types.ts";
import type { ChangedFile } from "../decide/report-pr.ts";
import { hasDigest } from "../decide/report-pr-check-run.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import type { ExistingCheckRun } from "../model/write.ts";
import type { GovernanceBytes } from "../repo/decode.ts";
import { classifyPath } from "../repo/paths.ts";
import { gatherConfig } from "./config.ts";
import type { ConfigCache } from "./config-cache.ts";
import { readRepoBytes } from "./files.ts";

export interface PullFiles {
  config: Config;
  files: ChangedFile[];
  baseCharters: Map<string, GovernanceBytes | null | undefined>;
}

/**
 * Reads the config on the base branch, then — with the work groups folder it names — the governance files among
 * `changed` at the head and their work groups' charters on the base branch.
 */
export async function gatherPullFiles(
  github: GitHub,
  repo: Repo,
  changed: readonly { filename: string; status: string }[],
  { headSha, baseRef, configs }: { headSha: string; baseRef: string; configs?: ConfigCache },
): Promise<PullFiles> {
  const { config } = await gatherConfig(github, repo, configs, baseRef);
  const folder = config.paths.workgroups;
  const files = changed.flatMap((f) => {
    const where = classifyPath(f.filename, folder);
    return where && where.kind !== "config" ? [{ path: f.filename, status: f.status, where }] : [];
  });
  const slugs = [...new Set(files.flatMap((f) => ("slug" in f.where && f.where.slug ? [f.where.slug] : [])))];
  const [heads, charters] = await Promise.all([
    Promise.all(
      files.map((f) =>
        f.status === "removed" || f.where.kind === "misplaced"
          ? undefined
          : readRepoBytes(github, repo, f.path, headSha),
      ),
    ),
    Promise.all(slugs.map((slug) => readRepoBytes(github, repo, `${folder}/${slug}/charter.yml`, baseRef))),
  ]);
  return {
    config,
    files: files.map((f, i) => ({ ...f, head: heads[i] })),
    baseCharters: new Map(slugs.map((slug, i) => [slug, charters[i]])),
  };
}

/**
 * The newest run wgbot made on the head SHA: named `name` and carrying its digest marker (a workflow job of the same
 * name also makes a check run, which must not be mistaken for wgbot's).
 */
export async function findCheckRun(
  github: GitHub,
  repo: Repo,
  headSha: string,
  name: string,
): Promise<ExistingCheckRun | undefined> {
  const { data } = await github.rest.checks.listForRef({
    ...repo,
    ref: headSha,
    check_name: name,
    filter: "all",
    per_page: 100,
  });
  return data.check_runs
    .filter((run) => run.name === name && hasDigest(run.output.summary))
    .sort((a, b) => b.id - a.id)
    .map((run) => ({
      id: run.id,
      status: run.status,
      conclusion: run.conclusion,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        annotations_count: run.output.annotations_count,
      },
    }))[0];
}
