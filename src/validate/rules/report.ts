/** Report rules the schema cannot express. Pure: (report, context) → findings. */
import type { Charter } from "../../generated/charter.ts";
import type { Report } from "../../generated/report.ts";
import { monthName, monthOf } from "../../util/dates.ts";
import { error, type Finding } from "../finding.ts";

export interface ReportContext {
  folderSlug: string;
  /** The month in the file name. */
  fileMonth: string;
  /** The work group's charter: valid, present but invalid, or missing. */
  charter: Charter | "invalid" | undefined;
  /** The current month, YYYY-MM: reports for later months are refused. */
  currentMonth: string;
}

export function reportRules(
  report: Report,
  { folderSlug, fileMonth, charter, currentMonth }: ReportContext,
): Finding[] {
  const findings: Finding[] = [];
  if (report.period !== fileMonth) {
    findings.push(
      error(
        "rule.period-file",
        ["period"],
        `The period ${report.period} does not match the file name ${fileMonth}.yml.`,
        `Set \`period: "${fileMonth}"\`, or rename the file to ${report.period}.yml.`,
      ),
    );
  }
  if (report.workgroup !== folderSlug) {
    findings.push(
      error(
        "rule.workgroup-folder",
        ["workgroup"],
        `The work group \`${report.workgroup}\` does not match the folder \`${folderSlug}\`.`,
        `Set \`workgroup: ${folderSlug}\`, or move the report to workgroups/${report.workgroup}/reports/.`,
      ),
    );
  }
  if (report.period > currentMonth) {
    findings.push(
      error(
        "rule.future-period",
        ["period"],
        `The period ${report.period} is in the future.`,
        "A report covers a month that has started or ended.",
      ),
    );
  }
  if (charter === undefined) {
    findings.push(
      error(
        "rule.no-charter",
        ["workgroup"],
        `There is no charter for the work group \`${folderSlug}\`.`,
        `Add workgroups/${folderSlug}/charter.yml, or check the folder name.`,
      ),
    );
    return findings;
  }
  if (charter === "invalid") return findings; // the charter's own problems are reported on the charter
  findings.push(...activityRules(report, charter));
  const people = charterPeople(charter);
  if (!people.has(report.submitted_by.toLowerCase())) {
    findings.push(
      error(
        "rule.submitter-not-member",
        ["submitted_by"],
        `\`${report.submitted_by}\` is not a chair or member of \`${charter.slug}\` according to its charter.`,
        "Reports are submitted by a chair or member; add them to the charter first if they joined.",
      ),
    );
  }
  return findings;
}

function activityRules(report: Report, charter: Charter): Finding[] {
  const { start, end } = charter.active_time;
  if (charter.status === "proposed") {
    return [
      error(
        "rule.workgroup-not-active",
        ["workgroup"],
        `The work group \`${charter.slug}\` is only proposed; it reports once the board has approved it.`,
      ),
    ];
  }
  if (report.period < monthOf(start)) {
    return [
      error(
        "rule.before-start",
        ["period"],
        `The period ${report.period} is before the work group started (${start}).`,
        "Check the month in the file name and in `period`.",
      ),
    ];
  }
  if (
    (charter.status === "inactive" || charter.status === "retired") &&
    (!end || report.period > monthOf(end))
  ) {
    return [
      error(
        "rule.workgroup-not-active",
        ["workgroup"],
        `The work group \`${charter.slug}\` is ${charter.status}${end ? ` since ${monthName(monthOf(end))}` : ""}; it cannot file a report for ${monthName(report.period)}.`,
        "Ask the board to revive the work group (set its status back to active) before reporting.",
      ),
    ];
  }
  return [];
}

/** The charter's members and chairs, lowercased. */
export function charterPeople(charter: Charter): Set<string> {
  const people = new Set(charter.participants.members.map((m) => m.toLowerCase()));
  for (const chair of charter.participants.chairs) people.add(chair.toLowerCase());
  return people;
}
