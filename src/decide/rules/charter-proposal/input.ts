/** What the charter proposal rules read: the charter built from the issue form, and the slugs already taken. */
import type { Charter } from "../../../generated/charter.ts";
import type { Rule } from "../../../validate/rules/rule.ts";

export interface ProposalInput {
  charter: Charter;
  /** Slugs of the work groups that already have a folder (active, inactive or retired). */
  existingSlugs: ReadonlySet<string>;
}

export type ProposalRule = Rule<ProposalInput>;
