/**
 * Reads the grants ledger (`grants/<year>/<issue>-<slug>.yml` on the default branch) for a few years, in one GraphQL
 * request whatever the number of files: one aliased tree per year, with each file's text. Only the years asked for
 * are read (the cap needs this year, the fast track a few before it), so the read stays small as the ledger grows.
 * Each file is validated as `wgbot validate` does; a file that is not valid counts for nothing.
 */
import type { Config } from "../config/types.ts";
import type { LedgerEntry } from "../decide/ledger-totals.ts";
import type { GitHub } from "../github/client.ts";
import { graphql } from "../github/graphql.ts";
import type { Repo } from "../model/repo.ts";
import { classifyLedgerPath } from "../repo/ledger-paths.ts";
import { type LedgerFile, validateLedger } from "../validate/ledger.ts";

interface Blob {
  text?: string | null;
  isTruncated?: boolean;
}

interface YearTree {
  entries?: { name: string; type: string; object?: Blob | null }[];
}

export interface GatheredLedger {
  /** The valid records. */
  entries: LedgerEntry[];
  /** Every ledger file's text, valid or not, by path. */
  texts: Map<string, string>;
}

function query(years: readonly number[]): string {
  const trees = years
    .map(
      (_year, i) =>
        `y${i}: object(expression: $e${i}) { ... on Tree { entries { name type object { ... on Blob { text isTruncated } } } } }`,
    )
    .join("\n    ");
  const params = years.map((_, i) => `, $e${i}: String!`).join("");
  return `query WgbotLedger($owner: String!, $name: String!${params}) {\n  repository(owner: $owner, name: $name) {\n    ${trees}\n  }\n}`;
}

/** The valid ledger records of the given years on the default branch. */
export async function gatherLedger(
  github: GitHub,
  repo: Repo,
  config: Config,
  years: readonly number[],
): Promise<GatheredLedger> {
  const wanted = [...new Set(years)].sort();
  if (wanted.length === 0) return { entries: [], texts: new Map() };
  const folder = config.paths.grants;
  const variables = Object.fromEntries(wanted.map((y, i) => [`e${i}`, `HEAD:${folder}/${y}`]));
  const answer = await graphql<{ repository: Record<string, YearTree | null> | null }>(
    github,
    query(wanted),
    { owner: repo.owner, name: repo.repo, ...variables },
  );
  const files: LedgerFile[] = [];
  const texts = new Map<string, string>();
  wanted.forEach((year, i) => {
    for (const entry of answer.repository?.[`y${i}`]?.entries ?? []) {
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
    }
  });
  const { records } = validateLedger(files, config);
  return { entries: [...records].map(([path, record]) => ({ path, record })), texts };
}
