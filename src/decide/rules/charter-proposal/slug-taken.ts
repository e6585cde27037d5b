/**
 * A new work group takes a slug no work group has used (active, inactive or retired, compared without regard to
 * case): reviving or changing one is a change to its charter file, not a new proposal.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const slugTaken = defineRule<ProposalInput>({
  id: "slug-taken",
  code: "rule.proposal-slug-taken",
  severity: "error",
  configKeys: ["paths.workgroups"],
  check({ charter, existingSlugs }, config, _now, report) {
    const slug = charter.slug.toLowerCase();
    if (![...existingSlugs].some((s) => s.toLowerCase() === slug)) return [];
    return [
      report(
        ["slug"],
        `The slug \`${charter.slug}\` is already used by an existing work group.`,
        `Choose another slug. To revive or change that work group, propose a change to ${config.paths.workgroups}/${charter.slug}/charter.yml instead.`,
      ),
    ];
  },
});
