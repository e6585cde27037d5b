/**
 * Validates a governance repository on disk for the CLI: reads every governance file once, validates the
 * snapshot, and decodes a file's bytes again (never reads them again) only to show a code frame for it: the frame
 * shows exactly the text that was checked, and nothing that was not read, such as a link's target.
 *
 * Worker threads were measured here (bench/validate.ts) and dropped: on the 2-vCPU machines this runs on, two
 * threads each parsing half the files were slower than one, because the work is allocation-bound (the YAML parse
 * and its garbage collection), not compute-bound.
 */
import type { Problem } from "../problems.ts";
import { decodeGovernanceFile, normaliseLineEnds } from "../repo/decode.ts";
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
  const snapshot = await readLocalRepository(root);
  const state = validateRepository(snapshot, { now });
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
