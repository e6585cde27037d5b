/**
 * The whole governance repository's state, for the sweep, in one request whatever the number of work groups.
 *
 * How, and why this way: one GraphQL query reads the default branch's config file and walks its work groups
 * folder three levels deep — each `<slug>/` folder, the text of its `charter.yml`, and the file NAMES in its
 * `reports/` folder. That is everything the sweep decides on: charters for status, people and dates, and which
 * months have a report (a report's content was checked on its pull request; the sweep only needs to know it
 * exists). The alternatives grow with the repository: a recursive tree read (`git/trees?recursive=1`) lists every
 * path in one request but then needs one blob or contents request per charter; the tarball is binary and carries
 * every report's text. A repository whose config moves the work groups folder costs one more query.
 */

import { loadConfig } from "../config/load.ts";
import type { GitHub } from "../github/client.ts";
import { graphql } from "../github/graphql.ts";
import type { Repo } from "../model/repo.ts";
import { problem } from "../problems.ts";
import { CONFIG_PATH, classifyPath } from "../repo/paths.ts";
import { type GovernanceState, validateRepository } from "../validate/repository.ts";

const QUERY = `query WgbotGovernance($owner: String!, $name: String!, $config: String!, $workgroups: String!) {
  repository(owner: $owner, name: $name) {
    url
    defaultBranchRef { name }
    config: object(expression: $config) { ... on Blob { text isTruncated } }
    workgroups: object(expression: $workgroups) {
      ... on Tree {
        entries {
          name
          type
          object {
            ... on Tree {
              entries {
                name
                type
                object {
                  ... on Blob { text isTruncated }
                  ... on Tree { entries { name type } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

interface Entry {
  name: string;
  type: string;
  object?: { text?: string | null; isTruncated?: boolean; entries?: Entry[] } | null;
}

interface Answer {
  repository: {
    url?: string | null;
    defaultBranchRef?: { name?: string } | null;
    config: { text?: string | null; isTruncated?: boolean } | null;
    workgroups: { entries?: Entry[] } | null;
  } | null;
}

export interface GatheredGovernance {
  state: GovernanceState;
  /** GraphQL requests made (1, or 2 when the config moves the work groups folder). */
  requests: number;
  /** The default branch's name (read in the same query), for links to GitHub's "new file" page. */
  branch?: string;
  /** The repository's web address (read in the same query), for the same links. */
  url?: string;
}

/** Reads the default branch (`ref`, HEAD by default) and validates what the sweep needs. */
export async function gatherGovernance(
  github: GitHub,
  repo: Repo,
  { now, ref = "HEAD" }: { now: Date; ref?: string },
): Promise<GatheredGovernance> {
  const ask = (folder: string) =>
    graphql<Answer>(github, QUERY, {
      owner: repo.owner,
      name: repo.repo,
      config: `${ref}:${CONFIG_PATH}`,
      workgroups: `${ref}:${folder}`,
    });
  let answer = await ask("workgroups");
  let requests = 1;
  const configText = answer.repository?.config?.text ?? undefined;
  const { config } = loadConfig(configText);
  if (config.paths.workgroups !== "workgroups") {
    answer = await ask(config.paths.workgroups);
    requests++;
  }
  if (!answer.repository) throw new Error(`GitHub: repository ${repo.owner}/${repo.repo} not found`);

  const folder = config.paths.workgroups;
  const files = new Map<string, string>();
  if (configText !== undefined) files.set(CONFIG_PATH, configText);
  const unreadable: string[] = [];
  const reportPaths: string[] = [];
  for (const group of answer.repository.workgroups?.entries ?? []) {
    if (group.type !== "tree") continue;
    for (const entry of group.object?.entries ?? []) {
      const path = `${folder}/${group.name}/${entry.name}`;
      if (entry.type === "blob" && classifyPath(path, folder)?.kind === "charter") {
        const text = entry.object?.text;
        if (typeof text === "string" && !entry.object?.isTruncated) files.set(path, text);
        else unreadable.push(path);
      } else if (entry.type === "tree" && entry.name === "reports") {
        for (const report of entry.object?.entries ?? [])
          if (report.type === "blob") reportPaths.push(`${path}/${report.name}`);
      }
    }
  }

  const state = validateRepository({ files }, { now });
  for (const path of unreadable) {
    const where = classifyPath(path, folder);
    if (where?.kind !== "charter") continue;
    groupOf(state, where.slug).charterFound = true;
    state.problems.push(
      problem(path, "repo.unreadable", "The charter is too large or not text, so it could not be read.", {
        hint: "A charter is a short YAML file.",
      }),
    );
  }
  // Report names only: the sweep needs to know which months have a report, not what the reports say.
  for (const path of reportPaths) {
    const where = classifyPath(path, folder);
    if (where?.kind !== "report") continue;
    groupOf(state, where.slug).reports.set(where.month, { path, month: where.month });
    state.checked++;
  }
  const branch = answer.repository.defaultBranchRef?.name ?? undefined;
  const url = answer.repository.url ?? undefined;
  return { state, requests, ...(branch ? { branch } : {}), ...(url ? { url } : {}) };
}

function groupOf(state: GovernanceState, slug: string) {
  let wg = state.workgroups.get(slug);
  if (!wg) {
    wg = {
      slug,
      charterPath: `${state.config.paths.workgroups}/${slug}/charter.yml`,
      charterFound: false,
      reports: new Map(),
    };
    state.workgroups.set(slug, wg);
  }
  return wg;
}
