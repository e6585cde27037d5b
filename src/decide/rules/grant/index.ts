/**
 * The grant rules, in the order their findings are listed: amount, dates, budget, the rest (suggestions and notes
 * are listed apart in the comment, whatever their place here). Each is one module
 * (see src/validate/rules/rule.ts); a new rule is a new module and a line here.
 */
import type { Config, LabelKey } from "../../../config/types.ts";
import { ruleLabelKeys } from "../../../validate/rules/rule.ts";
import { aboveGuide } from "./above-guide.ts";
import { budgetCurrency } from "./budget-currency.ts";
import { budgetSum } from "./budget-sum.ts";
import { codeOfConduct } from "./code-of-conduct.ts";
import { codeOfConductContact } from "./code-of-conduct-contact.ts";
import { decisionTime } from "./decision-time.ts";
import { depositAfterEvent } from "./deposit-after-event.ts";
import { depositPast } from "./deposit-past.ts";
import { endBeforeStart } from "./end-before-start.ts";
import { eventNotCovered } from "./event-not-covered.ts";
import { eventStarted } from "./event-started.ts";
import { fastTrack } from "./fast-track.ts";
import type { GrantRule } from "./input.ts";
import { late } from "./late.ts";
import { notCovered } from "./not-covered.ts";
import { organisationCap } from "./organisation-cap.ts";
import { organisationGranted } from "./organisation-granted.ts";
import { otherFunding } from "./other-funding.ts";
import { overCap } from "./over-cap.ts";
import { overThreshold } from "./over-threshold.ts";
import { passedUndecided } from "./passed-undecided.ts";
import { requestedCurrency } from "./requested-currency.ts";
import { shortNotice } from "./short-notice.ts";
import { unmarkedEssentials } from "./unmarked-essentials.ts";
import { vagueBudget } from "./vague-budget.ts";

export const GRANT_RULES: readonly GrantRule[] = [
  requestedCurrency,
  overThreshold,
  overCap,
  organisationCap,
  organisationGranted,
  aboveGuide,
  endBeforeStart,
  eventStarted,
  depositAfterEvent,
  depositPast,
  passedUndecided,
  late,
  shortNotice,
  decisionTime,
  eventNotCovered,
  budgetCurrency,
  notCovered,
  budgetSum,
  vagueBudget,
  unmarkedEssentials,
  otherFunding,
  codeOfConduct,
  codeOfConductContact,
  fastTrack,
];

/**
 * The grant request flow's own labels: its kind, and the two statuses validation moves it between (needs-info
 * until complete, then the Grants WG's review). Later statuses (board review, decisions) are set by the commands
 * and left alone by this flow.
 */
export const GRANT_FLOW_LABELS: readonly LabelKey[] = ["grant", "needs_info", "grants_wg_review"];

/** Every label the grant request flow manages on an issue: its own and those its rules set. */
export function ownedGrantLabels(config: Config): Set<string> {
  return new Set([...GRANT_FLOW_LABELS, ...ruleLabelKeys(GRANT_RULES)].map((key) => config.labels[key]));
}
