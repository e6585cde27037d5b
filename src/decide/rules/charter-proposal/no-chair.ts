/** The PSF example charter's participants are chair(s) and members: a proposal names at least one chair. */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const noChair = defineRule<ProposalInput>({
  id: "no-chair",
  code: "rule.proposal-no-chair",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    if (charter.participants.chairs.length > 0) return [];
    return [
      report(
        ["participants", "chairs"],
        "The proposal names no chair.",
        "Add at least one chair, who is also listed among the members.",
      ),
    ];
  },
});
