/**
 * PSF Grants: essential items should be marked. A grant may be approved for less than requested; the items marked
 * essential (the form's "(essential)" after a cost) are the ones it pays first. A suggestion when none is marked.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";

export const unmarkedEssentials = defineRule<GrantInput>({
  id: "unmarked-essentials",
  code: "rule.grant-no-essential-items",
  severity: "suggestion",
  configKeys: [],
  check({ budget }, _config, _now, report) {
    // A budget of one line is the vague-budget rule's to talk about.
    if (budget.length < 2 || budget.some((l) => l.item.essential === true)) return [];
    return [
      report(
        ["budget"],
        "No budget item is marked essential.",
        "Add `(essential)` after the cost of the items the event cannot happen without, e.g. `- Venue rental: 6,000 USD (essential)`: if the grant is less than requested, the Grants WG knows what to fund first.",
      ),
    ];
  },
});
