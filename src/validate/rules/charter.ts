/** Charter rules the schema cannot express. Pure: (charter, context) → findings. */
import type { Config } from "../../config/types.ts";
import type { Charter } from "../../generated/charter.ts";
import { addMonths } from "../../util/dates.ts";
import { plural } from "../../util/text.ts";
import { error, type Finding } from "../finding.ts";

export interface CharterContext {
  config: Config;
  /** The folder the charter file sits in; undefined for a proposal that has no folder yet. */
  folderSlug?: string;
}

export function charterRules(charter: Charter, { config, folderSlug }: CharterContext): Finding[] {
  const findings: Finding[] = [];
  if (folderSlug !== undefined && charter.slug !== folderSlug) {
    findings.push(
      error(
        "rule.slug-folder",
        ["slug"],
        `The slug \`${charter.slug}\` does not match the folder name \`${folderSlug}\`.`,
        `Set \`slug: ${folderSlug}\`, or move the file to workgroups/${charter.slug}/charter.yml.`,
      ),
    );
  }
  const members = new Set(charter.participants.members.map((m) => m.toLowerCase()));
  charter.participants.chairs.forEach((chair, i) => {
    if (!members.has(chair.toLowerCase())) {
      findings.push(
        error(
          "rule.chair-not-member",
          ["participants", "chairs", i],
          `The chair \`${chair}\` is not listed in \`participants.members\`.`,
          `Add \`${chair}\` to the members: every chair is also a member.`,
        ),
      );
    }
  });
  const tooFew = charter.status === "proposed" ? tooFewMembers(charter, config) : undefined;
  if (tooFew) findings.push(tooFew);
  findings.push(...activeTimeRules(charter, config));
  return findings;
}

function activeTimeRules(charter: Charter, config: Config): Finding[] {
  const { start, review, end } = charter.active_time;
  const findings: Finding[] = [];
  if (review <= start) {
    findings.push(
      error(
        "rule.review-before-start",
        ["active_time", "review"],
        `The review date ${review} is not after the start date ${start}.`,
        "Set the review date to when the board should look at the charter again.",
      ),
    );
  } else if (review > monthsAfter(start, config.workgroups.max_term_months)) {
    findings.push(
      error(
        "rule.term-too-long",
        ["active_time", "review"],
        `The review date ${review} is more than ${config.workgroups.max_term_months} months after the start date ${start}.`,
        `Choose a review date on or before ${monthsAfter(start, config.workgroups.max_term_months)}: work groups do not exist forever.`,
      ),
    );
  }
  const stopped = charter.status === "inactive" || charter.status === "retired";
  if (end !== undefined && !stopped) {
    findings.push(
      error(
        "rule.end-while-active",
        ["active_time", "end"],
        `An end date is set but the status is \`${charter.status}\`.`,
        "Remove `end` (a revived work group has no end date), or set the status to inactive or retired.",
      ),
    );
  }
  if (end === undefined && stopped) {
    findings.push(
      error(
        "rule.missing-end",
        ["status"],
        `A work group with status \`${charter.status}\` needs \`active_time.end\`, the date it stopped.`,
        "Add e.g. `end: 2025-06-30` under `active_time`.",
      ),
    );
  }
  if (end !== undefined && end < start) {
    findings.push(
      error(
        "rule.end-before-start",
        ["active_time", "end"],
        `The end date ${end} is before the start date ${start}.`,
      ),
    );
  }
  return findings;
}

/**
 * The date `months` after a YYYY-MM-DD date, on the same day of the month or the month's last day (2025-01-31
 * plus one month is 2025-02-28). Whole months elapsed are not enough: 2027-02-14 is 24 whole months after
 * 2025-01-15, but it is more than 24 months after it.
 */
function monthsAfter(date: string, months: number): string {
  const month = addMonths(date.slice(0, 7), months);
  const [year, m] = month.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), lastDay)).padStart(2, "0")}`;
}

/** A new work group needs the configured number of members, chairs included (counted once each). */
export function tooFewMembers(charter: Charter, config: Config): Finding | undefined {
  const members = new Set(charter.participants.members.map((m) => m.toLowerCase()));
  if (members.size >= config.workgroups.min_members) return undefined;
  return error(
    "rule.too-few-members",
    ["participants", "members"],
    `A new work group needs at least ${plural(config.workgroups.min_members, "member")}, chairs included; this one has ${members.size}.`,
    "Gather more members before sending the charter to the board.",
  );
}
