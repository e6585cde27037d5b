/**
 * A rule's finding, before it has a position. Rules are pure functions over plain data; the caller knows
 * where that data came from (a YAML file, an issue form) and turns the finding's path into a place.
 */

import type { Locator } from "./problems.ts";
import { type Problem, type Severity, shownVisibly } from "./problems.ts";
import { formatPath } from "./yaml/locate.ts";

export interface Finding {
  severity: Severity;
  code: string;
  /** Path of the field the finding is about; [] for the whole document. */
  path: (string | number)[];
  at?: "key" | "value";
  message: string;
  hint?: string;
}

// Findings quote people's values: invisible characters are written out here, once, for every output.
export const error = (code: string, path: Finding["path"], message: string, hint?: string): Finding =>
  shownVisibly({ severity: "error", code, path, message, hint });

export const warning = (code: string, path: Finding["path"], message: string, hint?: string): Finding =>
  shownVisibly({ severity: "warning", code, path, message, hint });

/** A finding of any severity (suggestions and notes come from policy rules; see src/validate/rules/rule.ts). */
export const finding = (
  severity: Severity,
  code: string,
  path: Finding["path"],
  message: string,
  hint?: string,
): Finding => shownVisibly({ severity, code, path, message, hint });

export function placeFindings(file: string, findings: readonly Finding[], locateAt: Locator): Problem[] {
  return findings.map((f) =>
    shownVisibly({
      file,
      severity: f.severity,
      code: f.code,
      message: f.message,
      hint: f.hint,
      field: formatPath(f.path) || undefined,
      ...locateAt(f.path, f.at ?? "value"),
    }),
  );
}
