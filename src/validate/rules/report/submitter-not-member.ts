/**
 * Reports are submitted by a chair or member of the work group according to its charter (logins compared without
 * regard to case, as GitHub does). An invalid charter's problems are reported on the charter instead.
 */
import type { Charter } from "../../../generated/charter.ts";
import { defineRule } from "../rule.ts";
import type { ReportInput } from "./input.ts";

export const submitterNotMember = defineRule<ReportInput>({
  id: "submitter-not-member",
  code: "rule.submitter-not-member",
  severity: "error",
  configKeys: [],
  check({ report: r, charter }, _config, _now, report) {
    if (charter === undefined || charter === "invalid") return [];
    if (charterPeople(charter).has(r.submitted_by.toLowerCase())) return [];
    return [
      report(
        ["submitted_by"],
        `\`${r.submitted_by}\` is not a chair or member of \`${charter.slug}\` according to its charter.`,
        "Reports are submitted by a chair or member; add them to the charter first if they joined.",
      ),
    ];
  },
});

/** The charter's members and chairs, lowercased. */
export function charterPeople(charter: Charter): Set<string> {
  const people = new Set(charter.participants.members.map((m) => m.toLowerCase()));
  for (const chair of charter.participants.chairs) people.add(chair.toLowerCase());
  return people;
}
