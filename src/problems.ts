/** A single thing wrong with a governance file, an issue form or the config, said in plain words. */
import { visible } from "./util/invisible.ts";

/**
 * How much a problem matters: an error must be fixed; a warning may change the outcome; a suggestion would make the
 * item better but changes nothing; a note only informs (what happens next). Outputs that know two levels show
 * anything but an error as a warning.
 */
export type Severity = "error" | "warning" | "suggestion" | "note";

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Where a path in a document is (a key or its value), for a finding to be placed on its line. */
export type Locator = (path: readonly (string | number)[], at: "key" | "value") => Partial<Position>;

export interface Problem extends Partial<Position> {
  /** Repository-relative path of the file, or a label such as "issue body". */
  file: string;
  severity: Severity;
  /** Stable identifier, e.g. `yaml.duplicate-key`, `schema.type`, `rule.chair-not-member`. */
  code: string;
  /** One plain sentence: what is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Dotted path of the field concerned (`participants.members[2]`), when there is one. */
  field?: string;
}

/**
 * A problem, with invisible characters in its words written out (`ali<U+200B>ce`): messages quote people's
 * values, and every output (comment, check run, annotation, terminal) shows them. `file` stays the real path,
 * which annotations are placed on; each output writes it out as it needs.
 */
export function problem(
  file: string,
  code: string,
  message: string,
  extra: Partial<Omit<Problem, "file" | "code" | "message">> = {},
): Problem {
  return shownVisibly({ file, severity: "error", code, message, ...extra });
}

/** The words of a problem or finding (message, hint, field), with invisible characters written out. */
export function shownVisibly<T extends { message: string; hint?: string; field?: string }>(p: T): T {
  const out = { ...p, message: visible(p.message) };
  if (p.hint !== undefined) out.hint = visible(p.hint);
  if (p.field !== undefined) out.field = visible(p.field);
  return out;
}

/** Orders problems by file, then position, so output is stable whatever order the checks ran in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(problems: Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}
