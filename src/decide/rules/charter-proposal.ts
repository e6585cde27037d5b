/**
 * Rules for a new work group's charter, proposed from the issue form, before it goes to the board. Pure: the
 * charter, the config, `now` and the slugs of the existing work groups in; findings out. Includes every rule a
 * charter file has (src/validate/rules/charter/) and adds what only matters for a proposal; the rules are one
 * module each, listed in ./charter-proposal/index.ts.
 */
import type { Config } from "../../config/types.ts";
import type { Finding } from "../../finding.ts";
import type { Charter } from "../../generated/charter.ts";
import { runRules } from "../../validate/rules/rule.ts";
import { PROPOSAL_RULES } from "./charter-proposal/index.ts";

export { ownedProposalLabels, PROPOSAL_RULES } from "./charter-proposal/index.ts";
export { MIN_MISSION_WORDS } from "./charter-proposal/mission-alignment.ts";

export interface ProposalContext {
  config: Config;
  now: Date;
  /** Slugs of the work groups that already have a folder (active, inactive or retired). */
  existingSlugs: ReadonlySet<string>;
}

export function proposalRules(charter: Charter, { config, now, existingSlugs }: ProposalContext): Finding[] {
  return runRules(PROPOSAL_RULES, { charter, existingSlugs }, config, now).findings;
}
