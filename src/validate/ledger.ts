/**
 * Validates the grants ledger files of a repository snapshot: each against schemas/ledger.schema.json and the
 * ledger rules, then across files: no two records for one grant request. The valid records are the ledger's state,
 * as the cap per organisation, the fast track and the dashboard read it.
 */
import type { Config } from "../config/types.ts";
import { error, placeFindings } from "../finding.ts";
import type { GrantRecord } from "../generated/ledger.ts";
import type { Locator, Problem } from "../problems.ts";
import { problem } from "../problems.ts";
import type { LedgerPath } from "../repo/ledger-paths.ts";
import { type CheckedDocument, checkYamlDocument } from "../schema/yaml-document.ts";
import { Memo } from "../util/memo.ts";
import { LEDGER_RULES } from "./rules/ledger/index.ts";
import { runRules, UNDATED } from "./rules/rule.ts";

export interface LedgerFile {
  path: string;
  content: Parameters<typeof checkYamlDocument>[1];
  where: LedgerPath;
}

export interface LedgerState {
  /** The valid records, by path. */
  records: Map<string, GrantRecord>;
  problems: Problem[];
}

/** Ledger files' parse and schema check, by path and text (ledgerChecks). */
export type LedgerChecks = Memo<CheckedDocument<GrantRecord>>;

/**
 * A memory of ledger files' checks for a long-running process: the App reads a year's ledger on every grant event,
 * and parsing each file again each time cost more than the rest of wgbot's own work on the event (bench/load.ts).
 * A check depends only on the file's path and text, which are its key: the same file in two repositories checks
 * the same, and a changed file is a new key.
 */
export function ledgerChecks(max = 5_000): LedgerChecks {
  return new Memo(max);
}

export function validateLedger(
  files: readonly LedgerFile[],
  config: Config,
  checks?: LedgerChecks,
): LedgerState {
  const records = new Map<string, GrantRecord>();
  const problems: Problem[] = [];
  const byIssue = new Map<number, { path: string; locate: Locator }[]>();
  for (const { path, content, where } of files) {
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint }));
      continue;
    }
    const check = () => checkYamlDocument<GrantRecord>(path, content, "ledger");
    // Only text is kept (what GitHub answers); bytes from a disk are read once anyway. No path holds a NUL.
    const doc = checks && typeof content === "string" ? checks.get(`${path}\0${content}`, check) : check();
    problems.push(...doc.problems);
    if (!doc.data) continue;
    const findings = runRules(LEDGER_RULES, { record: doc.data, place: where }, config, UNDATED).findings;
    problems.push(...placeFindings(path, findings, doc.locate));
    byIssue.set(doc.data.issue, [...(byIssue.get(doc.data.issue) ?? []), { path, locate: doc.locate }]);
    if (!findings.some((f) => f.severity === "error")) records.set(path, doc.data);
  }
  for (const [issue, claims] of byIssue) {
    if (claims.length < 2) continue;
    for (const { path, locate } of claims) {
      const others = claims.filter((c) => c.path !== path).map((c) => c.path);
      const found = error(
        "rule.ledger-duplicate",
        ["issue"],
        `Grant request #${issue} is also recorded in ${others.join(", ")}.`,
        "A request has one final decision and one ledger file: remove the file that is wrong.",
      );
      problems.push(...placeFindings(path, [found], locate));
      records.delete(path);
    }
  }
  return { records, problems };
}
