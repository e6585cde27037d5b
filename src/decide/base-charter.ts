/**
 * A work group's charter on a pull request's base branch, which the pull request cannot change for itself: whether
 * it confirms the author as a chair or member, and what a changed charter touches that the board must see. Pure.
 */
import type { Config } from "../config/types.ts";
import { error, type Finding } from "../finding.ts";
import type { Charter } from "../generated/charter.ts";
import type { GovernanceBytes } from "../repo/decode.ts";
import { checkYamlDocument } from "../schema/yaml-document.ts";
import { charterRules } from "../validate/rules/charter.ts";

export type BaseCharter = { kind: "missing" } | { kind: "invalid" } | { kind: "valid"; charter: Charter };

export function parseBaseCharter(
  text: GovernanceBytes | null | undefined,
  slug: string,
  config: Config,
): BaseCharter {
  if (text === undefined) return { kind: "missing" };
  if (text === null) return { kind: "invalid" };
  const doc = checkYamlDocument<Charter>(`base:${slug}`, text, "charter");
  if (!doc.data) return { kind: "invalid" };
  if (charterRules(doc.data, { config, folderSlug: slug }).some((f) => f.severity === "error"))
    return { kind: "invalid" };
  return { kind: "valid", charter: doc.data };
}

export function authorFinding(
  pull: { author: string; baseRef: string },
  slug: string,
  base: BaseCharter,
  config: Config,
): Finding | undefined {
  const author = pull.author;
  const file = `${config.paths.workgroups}/${slug}/charter.yml`;
  if (base.kind === "missing")
    return error(
      "rule.no-charter",
      [],
      `There is no charter for \`${slug}\` on \`${pull.baseRef}\`, so \`${author}\` cannot be confirmed as a chair or member.`,
      `A work group's charter (${file}) is merged before its reports; check the folder name.`,
    );
  if (base.kind === "invalid")
    return error(
      "rule.author-unconfirmed",
      [],
      `The charter of \`${slug}\` on \`${pull.baseRef}\` has problems, so \`${author}\` cannot be confirmed as a chair or member.`,
      `Fix ${file} on \`${pull.baseRef}\` first.`,
    );
  const people = new Set(
    [...base.charter.participants.members, ...base.charter.participants.chairs].map(lower),
  );
  if (people.has(author.toLowerCase())) return undefined;
  return error(
    "rule.author-not-member",
    [],
    `\`${author}\` opened this pull request but is not a chair or member of \`${slug}\` according to its charter on \`${pull.baseRef}\` (chairs: ${base.charter.participants.chairs.join(", ")}).`,
    "Ask a chair or member to open the pull request, or add yourself to the charter's participants first (a change the board reviews).",
  );
}

function lower(s: string): string {
  return s.toLowerCase();
}

/** What changed between two versions of a charter that the board must see: participants and status. */
export function charterChanges(before: Charter, after: Charter): string[] {
  const set = (list: readonly string[]) => [...new Set(list.map(lower))].sort().join(",");
  const changes: string[] = [];
  if (before.status !== after.status) changes.push(`status (${before.status} → ${after.status})`);
  if (set(before.participants.chairs) !== set(after.participants.chairs)) changes.push("chairs");
  if (set(before.participants.members) !== set(after.participants.members)) changes.push("members");
  return changes;
}
