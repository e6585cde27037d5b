/**
 * Starting a work group means gathering members first: a proposed charter needs `workgroups.min_members` (psf: 3,
 * chair + one more member at the least), chairs included, each login counted once. A chartered work group that
 * shrinks is the sweep's at-risk check, not an invalid file.
 */
import type { Config } from "../../../config/types.ts";
import type { Finding } from "../../../finding.ts";
import type { Charter } from "../../../generated/charter.ts";
import { plural } from "../../../util/text.ts";
import { defineRule, type Report } from "../rule.ts";
import { type CharterInput, memberSet } from "./input.ts";

export const tooFewMembers = defineRule<CharterInput>({
  id: "too-few-members",
  code: "rule.too-few-members",
  severity: "error",
  configKeys: ["workgroups.min_members"],
  check({ charter }, config, _now, report) {
    return charter.status === "proposed" ? countMembers(charter, config, report) : [];
  },
});

/** The finding for a charter with fewer members than a new work group needs; none when it has enough. */
export function countMembers(charter: Charter, config: Config, report: Report): Finding[] {
  const count = memberSet(charter).size;
  const min = config.workgroups.min_members;
  if (count >= min) return [];
  return [
    report(
      ["participants", "members"],
      `A new work group needs at least ${plural(min, "member")}, chairs included; this one has ${count}.`,
      "Gather more members before sending the charter to the board.",
    ),
  ];
}
