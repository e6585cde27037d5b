/**
 * Charter rules the schema cannot express. Pure: (charter, context) → findings. The rules are one module each,
 * listed in ./charter/index.ts.
 */
import type { Config } from "../../config/types.ts";
import type { Finding } from "../../finding.ts";
import type { Charter } from "../../generated/charter.ts";
import { CHARTER_FILE_RULES } from "./charter/index.ts";
import { runRules, UNDATED } from "./rule.ts";

export { CHARTER_FILE_RULES } from "./charter/index.ts";

export interface CharterContext {
  config: Config;
  /** The folder the charter file sits in; undefined for a proposal that has no folder yet. */
  folderSlug?: string;
}

export function charterRules(charter: Charter, { config, folderSlug }: CharterContext): Finding[] {
  const input = folderSlug === undefined ? { charter } : { charter, folderSlug };
  return runRules(CHARTER_FILE_RULES, input, config, UNDATED).findings;
}
