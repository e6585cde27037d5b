/** A new charter goes to the board as `proposed`; the board makes it active when it approves. */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const status = defineRule<ProposalInput>({
  id: "status",
  code: "rule.proposal-status",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    if (charter.status === "proposed") return [];
    return [
      report(
        ["status"],
        `A new charter's status is \`proposed\`, not \`${charter.status}\`: the board makes it active when it approves.`,
        "Set `status: proposed`.",
      ),
    ];
  },
});
