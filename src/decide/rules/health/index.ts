/**
 * The health rules the sweep judges an active work group by, in the order its at-risk issue lists their reasons:
 * reports, members, leadership. Each is one module (see src/validate/rules/rule.ts); a new rule is a new module and
 * a line here. A work group is at risk while any of them finds something, and its tracking issue carries the labels
 * of those that do.
 */
import type { Config } from "../../../config/types.ts";
import { ruleLabelKeys } from "../../../validate/rules/rule.ts";
import type { HealthRule } from "./input.ts";
import { leadership } from "./leadership.ts";
import { members } from "./members.ts";
import { reportsMissed } from "./reports-missed.ts";

export const HEALTH_RULES: readonly HealthRule[] = [reportsMissed, members, leadership];

/** Every label the health rules can set on an at-risk issue (psf: `status/at-risk`). */
export function healthLabels(config: Config): Set<string> {
  return new Set(ruleLabelKeys(HEALTH_RULES).map((key) => config.labels[key]));
}
