/**
 * A pull request as it is now — state, labels, head commit, base branch, author — and the files it changes, in one
 * GraphQL request where REST takes two (`GET /pulls/N/files`, `GET /pulls/N`): the report pull request flow decides
 * on both for every push, and this saves one of its seven requests against the installation's hourly limit. The
 * price: Octokit's throttling spaces GraphQL requests as it spaces writes (a second apart per installation), so
 * in production this read waits its turn among the writes, where REST reads do not wait.
 *
 * A pull request with more than 100 files (or labels) takes one more request per further 100, by the connection's
 * cursor. A files connection GitHub does not give (null) is read from REST's file list instead, so a file is never
 * missed. GraphQL names an App's bot without REST's `[bot]` suffix; it is put back, so the author compares with the
 * logins in charters as everywhere else.
 */
import type { GitHub } from "../github/client.ts";
import { graphql, isNotFound } from "../github/graphql.ts";
import type { Repo } from "../model/repo.ts";

export interface PullNow {
  number: number;
  state: "open" | "closed";
  /** The author's login as REST spells it (`name[bot]` for an App); empty for a deleted account. */
  author: string;
  labels: string[];
  headSha: string;
  baseRef: string;
  /** As REST's file list gives them: the path, and `added`, `modified`, `removed`, `renamed`… */
  files: { filename: string; status: string }[];
}

/** REST's file status for each of GraphQL's `PatchStatus`. */
const STATUS: Record<string, string> = {
  ADDED: "added",
  CHANGED: "changed",
  COPIED: "copied",
  DELETED: "removed",
  MODIFIED: "modified",
  RENAMED: "renamed",
};

const PAGE = "pageInfo { hasNextPage endCursor }";
const FILES = `files(first: 100, after: $after) { nodes { path changeType } ${PAGE} }`;
const LABELS = `labels(first: 100, after: $after) { nodes { name } ${PAGE} }`;

const query = (fields: string) =>
  `query WgbotPullRequest($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${fields} } }
}`;

/** The first page of each connection (`after: null`), with the pull request's own fields. */
const FIRST = query(`number state headRefOid baseRefName author { login __typename } ${LABELS} ${FILES}`);

interface Page<T> {
  nodes: (T | null)[] | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type FileNode = { path: string; changeType: string };
type LabelNode = { name: string };

interface Answer {
  repository: {
    pullRequest: {
      number: number;
      state: string;
      headRefOid: string;
      baseRefName: string;
      author: { login: string; __typename: string } | null;
      labels: Page<LabelNode> | null;
      files: Page<FileNode> | null;
    } | null;
  } | null;
}

/** The pull request and its files as they are now; undefined when it (or its repository) is not found. */
export async function gatherPullNow(
  github: GitHub,
  repo: Repo,
  number: number,
): Promise<PullNow | undefined> {
  const ask = (text: string, after: string | null) =>
    graphql<Answer>(github, text, { owner: repo.owner, name: repo.repo, number, after });
  try {
    const pull = (await ask(FIRST, null)).repository?.pullRequest;
    if (!pull) return undefined;
    // The rest of a connection longer than a page, page by page: each page's cursor is the next one's start.
    const rest = async <T>(first: Page<T>, text: string, key: "labels" | "files"): Promise<T[]> => {
      const nodes = [...(first.nodes ?? [])];
      let page = first;
      while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        const next = (await ask(text, page.pageInfo.endCursor)).repository?.pullRequest?.[
          key
        ] as Page<T> | null;
        if (!next)
          throw new Error(`GitHub: the ${key} of pull request #${number} ended before their last page`);
        nodes.push(...(next.nodes ?? []));
        page = next;
      }
      return nodes.flatMap((n) => (n ? [n] : []));
    };
    const [labels, files] = await Promise.all([
      pull.labels ? rest(pull.labels, query(LABELS), "labels") : [],
      pull.files
        ? rest(pull.files, query(FILES), "files").then((nodes) =>
            nodes.map((f) => ({
              filename: f.path,
              status: STATUS[f.changeType] ?? f.changeType.toLowerCase(),
            })),
          )
        : listPullFiles(github, repo, number),
    ]);
    const author = pull.author;
    return {
      number: pull.number,
      // A merged pull request is a closed one to REST, and to this flow.
      state: pull.state === "OPEN" ? "open" : "closed",
      author: author ? (author.__typename === "Bot" ? `${author.login}[bot]` : author.login) : "",
      labels: labels.map((l) => l.name),
      headSha: pull.headRefOid,
      baseRef: pull.baseRefName,
      files,
    };
  } catch (error) {
    // Not found: GitHub answers null with a NOT_FOUND error, where REST answers 404.
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** REST's file list, paginated: what GraphQL's files connection stands in for. */
async function listPullFiles(github: GitHub, repo: Repo, pull: number): Promise<PullNow["files"]> {
  const files = await github.paginate(github.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  });
  return files.map((f) => ({ filename: f.filename, status: f.status }));
}
