/**
 * PSF: a charter is sent to the board with the resources requested. A proposal lists them, or says `None`;
 * placeholders (TBD, an empty form field) do not count.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { isPlaceholder } from "./answers.ts";
import type { ProposalInput } from "./input.ts";

export const resources = defineRule<ProposalInput>({
  id: "resources",
  code: "rule.proposal-resources",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    if (!noResources(charter.support?.resources ?? [])) return [];
    return [
      report(
        ["support", "resources"],
        "The proposal does not say which resources it requests.",
        "List what the work group asks of the foundation (staff time, infrastructure, accounts, money), one item per line; write `None` if it needs nothing.",
      ),
    ];
  },
});

/** No resources listed: none at all, or only placeholders. */
export function noResources(list: readonly string[]): boolean {
  return list.length === 0 || list.every(isPlaceholder);
}
