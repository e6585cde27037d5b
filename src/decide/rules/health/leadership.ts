/**
 * At risk for its leadership: fewer chairs than `workgroups.leadership.chairs` (dsf: 2, a chair and a co-chair), or
 * no board liaison named in the charter when `workgroups.leadership.board_liaison` asks for one. One reason per gap,
 * from the check and words the charter rules use too (validate/rules/charter/leadership.ts), so they never disagree.
 */
import type { Config } from "../../../config/types.ts";
import { leadershipGaps } from "../../../validate/rules/charter/leadership.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { HealthInput } from "./input.ts";

/** Whether the rule asks for more than the one chair every charter has: the recovery comment then says it is met. */
export function leadershipNeeded(config: Config): boolean {
  return config.workgroups.leadership.chairs > 1 || config.workgroups.leadership.board_liaison;
}

export const leadership = defineRule<HealthInput>({
  id: "leadership",
  code: "rule.at-risk-leadership",
  severity: "warning",
  label: "at_risk",
  configKeys: ["workgroups.leadership.chairs", "workgroups.leadership.board_liaison"],
  check({ charter }, config, _now, report) {
    return leadershipGaps(charter, config).map((gap) => report(gap.path, gap.reason));
  },
});
