/**
 * Validates a governance repository on disk for the CLI: reads every governance file once, validates the
 * snapshot, and reads a file's text again only to show a code frame for it.
 *
 * Worker threads were measured here (bench/validate.ts) and dropped: on the 2-vCPU machines this runs on, two
 * threads each parsing half the files were slower than one, because the work is allocation-bound (the YAML parse
 * and its garbage collection), not compute-bound.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../problems.ts";
import { readLocalRepository } from "../repo/read-local.ts";
import { validateRepository } from "./repository.ts";

export interface DirectoryResult {
  problems: Problem[];
  checked: number;
  workgroups: number;
  reports: number;
  /** A file's text, for code frames. */
  source: (file: string) => string | undefined;
}

export async function validateDirectory(root: string, { now }: { now: Date }): Promise<DirectoryResult> {
  const state = validateRepository(await readLocalRepository(root), { now });
  let reports = 0;
  let workgroups = 0;
  for (const wg of state.workgroups.values()) {
    reports += wg.reports.size;
    if (wg.charterFound) workgroups++;
  }
  return {
    problems: state.problems,
    checked: state.checked,
    workgroups,
    reports,
    source: (file) => {
      try {
        return readFileSync(join(root, file), "utf8");
      } catch {
        return undefined;
      }
    },
  };
}
