/**
 * Validates a governance repository on disk for the CLI: reads every governance file once, validates the
 * snapshot, and decodes a file's bytes again (never reads them again) only to show a code frame for it: the frame
 * shows exactly the text that was checked, and nothing that was not read, such as a link's target.
 *
 * Worker threads were measured here (bench/validate.ts) and dropped: on the 2-vCPU machines this runs on, two
 * threads each parsing half the files were slower than one, because the work is allocation-bound (the YAML parse
 * and its garbage collection), not compute-bound.
 */
import { join } from "node:path";
import { parse } from "yaml";
import type { Config } from "../config/types.ts";
import { FORM_NAMES, installedFormPath } from "../forms/issue-form-text.ts";
import { type Problem, problem, sortProblems } from "../problems.ts";
import { decodeGovernanceFile, normaliseLineEnds } from "../repo/decode.ts";
import { classifyLedgerPath } from "../repo/ledger-paths.ts";
import { lstatOf, readPlainFile, unreadableProblem, wrongKindProblem } from "../repo/local-file.ts";
import { CONFIG_PATH, classifyPath } from "../repo/paths.ts";
import type { RepoSnapshot } from "../repo/snapshot.ts";
import { issueFormProblems } from "./issue-forms.ts";
import { readLocalRepository } from "./read-local.ts";
import { validateRepository } from "./repository.ts";

export interface DirectoryResult {
  problems: Problem[];
  checked: number;
  workgroups: number;
  reports: number;
  /** Grant decisions recorded in the ledger (valid records). */
  grants: number;
  /** A file's text, for code frames. */
  source: (file: string) => string | undefined;
  /** Every file checked, by path from the repository's root, with what it is (`charter`, `report`, `config`…). */
  kinds: Map<string, string>;
}

export async function validateDirectory(root: string, { now }: { now: Date }): Promise<DirectoryResult> {
  const snapshot = await readLocalRepository(root);
  const state = validateRepository(snapshot, { now });
  let reports = 0;
  let workgroups = 0;
  for (const wg of state.workgroups.values()) {
    reports += wg.reports.size;
    if (wg.charterFound) workgroups++;
  }
  const kinds = new Map<string, string>();
  for (const path of snapshot.files.keys()) {
    const kind =
      classifyLedgerPath(path, state.config.paths.grants)?.kind ??
      classifyPath(path, state.config.paths.workgroups)?.kind;
    if (kind) kinds.set(path, kind);
  }
  for (const p of snapshot.problems ?? []) kinds.set(p.file, "unreadable");
  const forms = installedForms(root, state.config);
  for (const path of forms.paths) kinds.set(path, "form");
  const added = [...forms.problems, ...extendsNote(snapshot)];
  return {
    kinds,
    problems: added.length > 0 ? sortProblems([...state.problems, ...added]) : state.problems,
    checked: state.checked + forms.paths.length,
    workgroups,
    reports,
    grants: state.ledger.size,
    source: (file) => {
      const content = snapshot.files.get(file);
      if (content === undefined) return undefined;
      const decoded = decodeGovernanceFile(file, content);
      if ("text" in decoded) return decoded.text;
      // Not UTF-8: the text around the first bad byte (shown as �), so the frame points at it.
      if (decoded.problem.code !== "yaml.encoding" || typeof content === "string") return undefined;
      return normaliseLineEnds(new TextDecoder().decode(content));
    },
  };
}

/**
 * `_extends` names a config on GitHub (gather/config.ts reads it for the App and the Action); offline there is no
 * reading it, so the repository was checked with the preset and its own values only, and the user is told so.
 */
function extendsNote(snapshot: RepoSnapshot): Problem[] {
  const content = snapshot.files.get(CONFIG_PATH);
  const decoded = content === undefined ? undefined : decodeGovernanceFile(CONFIG_PATH, content);
  if (!decoded || !("text" in decoded)) return [];
  let named: unknown;
  try {
    named = (parse(decoded.text) as { _extends?: unknown } | null)?._extends;
  } catch {
    return []; // the loader has already reported the broken YAML
  }
  if (typeof named !== "string" || named.trim() === "") return [];
  const line = decoded.text.split("\n").findIndex((l) => /^_extends\s*:/.test(l)) + 1;
  return [
    problem(
      CONFIG_PATH,
      "config.extends-offline",
      `\`_extends: ${named}\` is not checked offline: values from it are not applied here.`,
      {
        severity: "warning",
        field: "_extends",
        hint: "This check used the preset and this file's own values. The App and the Action read the shared file from GitHub and apply it.",
        ...(line > 0 ? { line, column: 1 } : {}),
      },
    ),
  ];
}

/** The issue forms the repository has installed, checked against the parser and the config (issue-forms.ts). */
function installedForms(root: string, config: Config): { paths: string[]; problems: Problem[] } {
  const paths: string[] = [];
  const problems: Problem[] = [];
  for (const name of FORM_NAMES) {
    const path = installedFormPath(name);
    const at = lstatOf(join(root, path));
    if ("kind" in at && at.kind === "missing") continue;
    paths.push(path);
    if ("error" in at) problems.push(unreadableProblem(path, at.error));
    else if (at.kind !== "file") problems.push(wrongKindProblem(path, at.kind, "file"));
    else {
      const read = readPlainFile(join(root, path), path);
      if ("problem" in read) problems.push(read.problem);
      else problems.push(...issueFormProblems(path, new TextDecoder().decode(read.bytes), name, config));
    }
  }
  return { paths, problems };
}
