/** `None` among other resources requested contradicts them: the board would not know which is meant. */
import { defineRule } from "../../../validate/rules/rule.ts";
import { NOTHING, normalise } from "./answers.ts";
import type { ProposalInput } from "./input.ts";
import { noResources } from "./resources.ts";

export const resourcesNone = defineRule<ProposalInput>({
  id: "resources-none",
  code: "rule.proposal-resources-none",
  severity: "warning",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    const list = charter.support?.resources ?? [];
    const i = list.findIndex((r) => NOTHING.has(normalise(r)));
    if (noResources(list) || list.length < 2 || i === -1) return [];
    return [
      report(
        ["support", "resources", i],
        "The resources requested say `None` and also list other items.",
        "Remove `None`, or remove the other items if nothing is needed.",
      ),
    ];
  },
});
