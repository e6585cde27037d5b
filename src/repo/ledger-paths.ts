/**
 * Which grants ledger file a repository path is: `<grants>/<year>/<issue>-<slug>.yml`, one file per final decision
 * (src/decide/ledger.ts writes them).
 */

export type LedgerPath =
  | { kind: "ledger"; year: number; issue: number }
  | { kind: "misplaced"; reason: string; hint: string };

const YEAR = /^(19|20)\d{2}$/;
const FILE = /^([1-9]\d{0,8})-[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.yml$/;

/** Classifies a path under the ledger folder; undefined for anything else and for files that are not YAML. */
export function classifyLedgerPath(path: string, grantsDir: string): LedgerPath | undefined {
  const prefix = `${grantsDir}/`;
  if (!path.startsWith(prefix) || !/\.ya?ml$/.test(path)) return undefined;
  const parts = path.slice(prefix.length).split("/");
  const example = `${grantsDir}/2027/12-pycon-example-2027.yml`;
  if (parts.length !== 2 || !YEAR.test(parts[0] as string))
    return {
      kind: "misplaced",
      reason: `Grants ledger files belong in a year's folder, as ${grantsDir}/<year>/<issue>-<slug>.yml.`,
      hint: `Move it to a year folder, e.g. ${example}.`,
    };
  const name = parts[1] as string;
  const match = FILE.exec(name);
  if (!match)
    return {
      kind: "misplaced",
      reason: `The ledger file name \`${name}\` is not \`<issue>-<slug>.yml\`.`,
      hint: `Name it after the grant request's issue number and event, with lower-case letters, digits and hyphens, e.g. ${example}.`,
    };
  return { kind: "ledger", year: Number(parts[0]), issue: Number(match[1]) };
}
