/**
 * The charter proposal rules, in the order their findings are listed: what only a proposal needs, every charter
 * file rule (a proposal has no folder yet, so not the folder's), then the dates and resources. Each is one module
 * (see src/validate/rules/rule.ts); a new rule is a new module and a line here.
 */
import type { Config, LabelKey } from "../../../config/types.ts";
import { CHARTER_FILE_RULES } from "../../../validate/rules/charter/index.ts";
import { ruleLabelKeys } from "../../../validate/rules/rule.ts";
import type { ProposalRule } from "./input.ts";
import { members } from "./members.ts";
import { missionAlignment } from "./mission-alignment.ts";
import { noChair } from "./no-chair.ts";
import { resources } from "./resources.ts";
import { resourcesNone } from "./resources-none.ts";
import { reviewPast } from "./review-past.ts";
import { slugTaken } from "./slug-taken.ts";
import { startPast } from "./start-past.ts";
import { status } from "./status.ts";

export const PROPOSAL_RULES: readonly ProposalRule[] = [
  slugTaken,
  status,
  missionAlignment,
  noChair,
  ...CHARTER_FILE_RULES,
  members,
  startPast,
  reviewPast,
  resources,
  resourcesNone,
];

/**
 * The charter proposal flow's own labels: its kind, and the two statuses validation moves it between (needs-info
 * until complete, then board review). Decisions are set by the `/board` command and left alone by this flow.
 */
export const PROPOSAL_FLOW_LABELS: readonly LabelKey[] = ["charter", "needs_info", "board_review"];

/** Every label the charter proposal flow manages on an issue: its own and those its rules set. */
export function ownedProposalLabels(config: Config): Set<string> {
  return new Set(
    [...PROPOSAL_FLOW_LABELS, ...ruleLabelKeys(PROPOSAL_RULES)].map((key) => config.labels[key]),
  );
}
