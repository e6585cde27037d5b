/**
 * Reads the grants ledger (`grants/<year>/<issue>-<slug>.yml` on the default branch) for a few years, in one GraphQL
 * request whatever the number of files: one aliased tree per year, with each file's text. Only the years asked for
 * are read (the cap needs this year, the fast track a few before it), so the read stays small as the ledger grows.
 * Each file is validated as `wgbot validate` does; a file that is not valid counts for nothing.
 */
import type { Config } from "../config/types.ts";
import type { LedgerEntry } from "../decide/ledger-totals.ts";
import type { GitHub } from "../github/client.ts";
import { graphql, isNotFound } from "../github/graphql.ts";
import type { Repo } from "../model/repo.ts";
import { classifyLedgerPath } from "../repo/ledger-paths.ts";
import { type LedgerFile, ledgerChecks, validateLedger } from "../validate/ledger.ts";
import { gatherIssue, type IssueData } from "./board.ts";
import { type GqlIssue, ISSUE_FIELDS, issueDataOf } from "./graphql-issue.ts";

interface Blob {
  text?: string | null;
  isTruncated?: boolean;
}

interface YearTree {
  entries?: { name: string; type: string; oid?: string; object?: Blob | null }[];
}

export interface GatheredLedger {
  /** The valid records. */
  entries: LedgerEntry[];
  /** Every ledger file's text, valid or not, by path. */
  texts: Map<string, string>;
  /** Every ledger file's blob SHA, by path: updating a file needs it. */
  shas: Map<string, string>;
}

/** The aliased year trees of one query (`y0`, `y1`…), their variables' declarations, and the variables. */
function yearTrees(years: readonly number[], folder: string) {
  return {
    fields: years
      .map(
        (_year, i) =>
          `y${i}: object(expression: $e${i}) { ... on Tree { entries { name type oid object { ... on Blob { text isTruncated } } } } }`,
      )
      .join("\n    "),
    params: years.map((_, i) => `, $e${i}: String!`).join(""),
    variables: Object.fromEntries(years.map((y, i) => [`e${i}`, `HEAD:${folder}/${y}`])),
  };
}

/** Each ledger file is parsed once per process: every grant event reads the whole year again. */
const CHECKS = ledgerChecks();

/** The ledger as the year trees of an answer hold it, each file validated. */
function ledgerOf(
  answer: Record<string, YearTree | null> | null | undefined,
  years: readonly number[],
  config: Config,
): GatheredLedger {
  const folder = config.paths.grants;
  const files: LedgerFile[] = [];
  const texts = new Map<string, string>();
  const shas = new Map<string, string>();
  years.forEach((year, i) => {
    for (const entry of answer?.[`y${i}`]?.entries ?? []) {
      const path = `${folder}/${year}/${entry.name}`;
      const where = classifyLedgerPath(path, folder);
      const text = entry.object?.text;
      if (
        entry.type !== "blob" ||
        where?.kind !== "ledger" ||
        typeof text !== "string" ||
        entry.object?.isTruncated
      )
        continue;
      files.push({ path, content: text, where });
      texts.set(path, text);
      if (entry.oid) shas.set(path, entry.oid);
    }
  });
  const { records } = validateLedger(files, config, CHECKS);
  return { entries: [...records].map(([path, record]) => ({ path, record })), texts, shas };
}

/** The valid ledger records of the given years on the default branch. */
export async function gatherLedger(
  github: GitHub,
  repo: Repo,
  config: Config,
  years: readonly number[],
): Promise<GatheredLedger> {
  const wanted = [...new Set(years)].sort();
  if (wanted.length === 0) return { entries: [], texts: new Map(), shas: new Map() };
  const trees = yearTrees(wanted, config.paths.grants);
  const query = `query WgbotLedger($owner: String!, $name: String!${trees.params}) {\n  repository(owner: $owner, name: $name) {\n    ${trees.fields}\n  }\n}`;
  const answer = await graphql<{ repository: Record<string, YearTree | null> | null }>(github, query, {
    owner: repo.owner,
    name: repo.repo,
    ...trees.variables,
  });
  return ledgerOf(answer.repository, wanted, config);
}

/** What recording a decision in the ledger needs, read at once (gatherLedgerRecording). */
export interface LedgerRecording {
  ledger: GatheredLedger;
  /** The states (`open`, `closed`) of this repository's pull requests from the record's branch. */
  pulls: string[];
  defaultBranch: string | undefined;
  /** The decided issue as it is now, when asked for. */
  issue?: IssueData;
}

interface RecordingAnswer {
  defaultBranchRef?: { name: string } | null;
  pullRequests?: { nodes?: ({ state: string; headRepositoryOwner?: { login: string } | null } | null)[] };
  issue?: GqlIssue | null;
}

/**
 * The ledger of the decision's year, the pull requests from `branch` (one that proposes the record when the default
 * branch refused it) and the default branch's name, and the decided issue as it is now when `issue` is given: one
 * GraphQL request for what would be three or four REST reads.
 */
export async function gatherLedgerRecording(
  github: GitHub,
  repo: Repo,
  config: Config,
  { year, branch, issue }: { year: number; branch: string; issue?: number },
): Promise<LedgerRecording> {
  const trees = yearTrees([year], config.paths.grants);
  const issueField = issue === undefined ? "" : `\n    issue(number: $issue) { ${ISSUE_FIELDS} }`;
  const query = `query WgbotLedgerRecording($owner: String!, $name: String!, $branch: String!${issue === undefined ? "" : ", $issue: Int!"}${trees.params}) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name }
    pullRequests(headRefName: $branch, first: 10) { nodes { state headRepositoryOwner { login } } }${issueField}
    ${trees.fields}
  }
}`;
  const answer = await graphql<{ repository: (RecordingAnswer & Record<string, YearTree | null>) | null }>(
    github,
    query,
    {
      owner: repo.owner,
      name: repo.repo,
      branch,
      ...(issue === undefined ? {} : { issue }),
      ...trees.variables,
    },
  );
  const found = answer.repository;
  const own = (found?.pullRequests?.nodes ?? []).filter(
    (p): p is NonNullable<typeof p> =>
      p?.headRepositoryOwner?.login.toLowerCase() === repo.owner.toLowerCase(),
  );
  return {
    ledger: ledgerOf(found, [year], config),
    // REST's states: a merged pull request is a closed one.
    pulls: own.map((p) => (p.state === "OPEN" ? "open" : "closed")),
    defaultBranch: found?.defaultBranchRef?.name,
    ...(found?.issue ? { issue: issueDataOf(found.issue) } : {}),
  };
}

/**
 * A grant request about to be decided, as it is now, with the ledger `gatherLedgerRecording` reads: in one request.
 * When GraphQL finds no such issue, it is read as REST reads it (a 404 there ends the event quietly, as for any
 * item gone), then the ledger alone.
 */
export async function gatherDecidedGrant(
  github: GitHub,
  repo: Repo,
  config: Config,
  where: { year: number; branch: string; issue: number },
): Promise<{ issue: IssueData; recording: LedgerRecording }> {
  const recording = await gatherLedgerRecording(github, repo, config, where).catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });
  if (recording?.issue) return { issue: recording.issue, recording };
  const issue = await gatherIssue(github, repo, where.issue);
  const { issue: _, ...place } = where;
  return { issue, recording: await gatherLedgerRecording(github, repo, config, place) };
}
