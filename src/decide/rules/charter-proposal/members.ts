/**
 * A proposal is a new work group whatever status it claims, so it is held to the minimum membership
 * (`workgroups.min_members`) even when it says `active`. (The charter file rule counts a `proposed` charter; this
 * one counts the rest, after the file rules, so no charter is counted twice.)
 */

import { countMembers } from "../../../validate/rules/charter/too-few-members.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import type { ProposalInput } from "./input.ts";

export const members = defineRule<ProposalInput>({
  id: "members",
  code: "rule.too-few-members",
  severity: "error",
  configKeys: ["workgroups.min_members"],
  check({ charter }, config, _now, report) {
    return charter.status === "proposed" ? [] : countMembers(charter, config, report);
  },
});
