/**
 * The sweep's grant rules, in the order they get to act on a request: needs-info closing, the Grants WG's review
 * reminder, the decision-target reminder. Each is one module (see src/validate/rules/action-rule.ts); a new rule is
 * a new module and a line here.
 */
import { decisionTargetPassed } from "./decision-target-passed.ts";
import type { SweepGrantRule } from "./input.ts";
import { needsInfoClosed } from "./needs-info-closed.ts";
import { reviewOverdue } from "./review-overdue.ts";

export const SWEEP_GRANT_RULES: readonly SweepGrantRule[] = [
  needsInfoClosed,
  reviewOverdue,
  decisionTargetPassed,
];
