/** A single thing wrong with a governance file, an issue form or the config, said in plain words. */
export type Severity = "error" | "warning";

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

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

export function problem(
  file: string,
  code: string,
  message: string,
  extra: Partial<Omit<Problem, "file" | "code" | "message">> = {},
): Problem {
  return { file, severity: "error", code, message, ...extra };
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
