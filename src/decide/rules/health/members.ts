/** At risk for its size: fewer people than `workgroups.at_risk_min_members`, chairs included (exactly that many is enough). */
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { HealthInput } from "./input.ts";

export const members = defineRule<HealthInput>({
  id: "members",
  code: "rule.at-risk-members",
  severity: "warning",
  label: "at_risk",
  configKeys: ["workgroups.at_risk_min_members"],
  check({ people }, config, _now, report) {
    const minimum = config.workgroups.at_risk_min_members;
    if (people.size >= minimum) return [];
    return [
      report(
        ["participants", "members"],
        `it has ${plural(people.size, "member")}, chairs included; a work group needs at least ${minimum}`,
      ),
    ];
  },
});
