/** What the charter file rules read: the charter, and the folder its file sits in. */
import type { Charter } from "../../../generated/charter.ts";
import type { Rule } from "../rule.ts";

export interface CharterInput {
  charter: Charter;
  /** The folder the charter file sits in; undefined for a proposal that has no folder yet. */
  folderSlug?: string;
}

export type CharterRule = Rule<CharterInput>;

/** A charter's members, lowercased (GitHub logins are case-insensitive), each once. */
export function memberSet(charter: Charter): Set<string> {
  return new Set(charter.participants.members.map((m) => m.toLowerCase()));
}
