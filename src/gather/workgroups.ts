/**
 * Reads about the work groups: the slugs of the work groups that already exist (the folder names under the work
 * groups folder), and the text of some of their files in one query.
 */

import type { Config } from "../config/types.ts";
import type { GitHub } from "../github/client.ts";
import { graphql } from "../github/graphql.ts";
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

interface TextsAnswer {
  repository: Record<string, { text?: string | null; isTruncated?: boolean } | null> | null;
}

/** At most this many files per GraphQL query (one alias and one node each: far below GitHub's node limit). */
const FILES_PER_QUERY = 500;

/**
 * The text of some files on `ref` (the default branch by default), in one GraphQL query per 500 files rather than a
 * request per file: the agenda's reports section reads the reports that fell due since the last board meeting. A
 * file that is missing, binary or too large is left out of the answer.
 */
export async function gatherFileTexts(
  github: GitHub,
  repo: Repo,
  paths: readonly string[],
  ref = "HEAD",
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let start = 0; start < paths.length; start += FILES_PER_QUERY) {
    const batch = paths.slice(start, start + FILES_PER_QUERY);
    // Paths go in as variables, never into the query's text.
    const vars = batch.map((_, i) => `$f${i}: String!`).join(", ");
    const fields = batch
      .map((_, i) => `f${i}: object(expression: $f${i}) { ... on Blob { text isTruncated } }`)
      .join("\n    ");
    const query = `query WgbotFileTexts($owner: String!, $name: String!, ${vars}) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
    batch.forEach((path, i) => {
      variables[`f${i}`] = `${ref}:${path}`;
    });
    const answer = await graphql<TextsAnswer>(github, query, variables);
    batch.forEach((path, i) => {
      const blob = answer.repository?.[`f${i}`];
      if (typeof blob?.text === "string" && !blob.isTruncated) texts.set(path, blob.text);
    });
  }
  return texts;
}
