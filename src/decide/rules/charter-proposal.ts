/**
 * Rules for a new work group's charter, proposed from the issue form, before it goes to the board. Pure: the
 * charter, the config, `now` and the slugs of the existing work groups in; findings out. Includes every rule a
 * charter file has (src/validate/rules/charter.ts) and adds what only matters for a proposal.
 */
import type { Config } from "../../config/types.ts";
import type { Charter } from "../../generated/charter.ts";
import { isoDate } from "../../util/dates.ts";
import { truncate } from "../../util/text.ts";
import { error, type Finding, warning } from "../../validate/finding.ts";
import { charterRules, tooFewMembers } from "../../validate/rules/charter.ts";

export interface ProposalContext {
  config: Config;
  now: Date;
  /** Slugs of the work groups that already have a folder (active, inactive or retired). */
  existingSlugs: ReadonlySet<string>;
}

/** A mission alignment needs at least this many words to say how the purpose pertains to the mission. */
export const MIN_MISSION_WORDS = 8;

/** Answers that stand for "nothing needed": accepted as resources requested. */
const NOTHING = new Set(["none", "nothing", "n/a", "na", "no resources", "none needed", "nothing needed"]);
/** Answers that say nothing yet: a placeholder, an empty form field. */
const PLACEHOLDERS = new Set([
  "",
  "tbd",
  "tba",
  "todo",
  "to do",
  "to be determined",
  "to be decided",
  "unknown",
  "not sure",
  "later",
  "?",
  "-",
  "...",
  "…",
  "no response",
  "see above",
  "see purpose",
  "same as above",
  "same as purpose",
  "lorem ipsum",
]);

/** Lower case, without Markdown emphasis, surrounding punctuation or extra spaces. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_*`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s"'([]+|[\s"')\].!:;,]+$/g, "");
}

function isPlaceholder(text: string): boolean {
  const n = normalise(text);
  return (
    PLACEHOLDERS.has(n) || /^(tbd|tba|todo)\b/.test(n) || /^lorem ipsum\b/.test(n) || /^[\W_]*$/u.test(n)
  );
}

/** A user's text, shortened, in a code span (no @mention or Markdown gets through). */
function quote(text: string): string {
  return `\`${truncate(text, 40).replace(/`/g, "'")}\``;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `date` (YYYY-MM-DD) moved by whole months, the day clamped to the end of a shorter month. */
function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

export function proposalRules(charter: Charter, { config, now, existingSlugs }: ProposalContext): Finding[] {
  const findings: Finding[] = [];
  const today = isoDate(now);

  const taken = [...existingSlugs].some((s) => s.toLowerCase() === charter.slug.toLowerCase());
  if (taken) {
    findings.push(
      error(
        "rule.proposal-slug-taken",
        ["slug"],
        `The slug \`${charter.slug}\` is already used by an existing work group.`,
        `Choose another slug. To revive or change that work group, propose a change to ${config.paths.workgroups}/${charter.slug}/charter.yml instead.`,
      ),
    );
  }

  if (charter.status !== "proposed") {
    findings.push(
      error(
        "rule.proposal-status",
        ["status"],
        `A new charter's status is \`proposed\`, not \`${charter.status}\`: the board makes it active when it approves.`,
        "Set `status: proposed`.",
      ),
    );
  }

  const mission = charter.mission_alignment ?? "";
  if (isPlaceholder(mission) || words(mission) < MIN_MISSION_WORDS) {
    findings.push(
      error(
        "rule.proposal-mission-alignment",
        ["mission_alignment"],
        mission.trim() === ""
          ? "The proposal does not say how the work group pertains to the foundation's mission."
          : `The mission alignment (${quote(mission)}) does not say how the work group pertains to the foundation's mission.`,
        `In a sentence or two (at least ${MIN_MISSION_WORDS} words), explain how the work group's purpose serves the mission of the ${config.organisation}: a work group must pertain to it.`,
      ),
    );
  }

  if (charter.participants.chairs.length === 0) {
    findings.push(
      error(
        "rule.proposal-no-chair",
        ["participants", "chairs"],
        "The proposal names no chair.",
        "Add at least one chair, who is also listed among the members.",
      ),
    );
  }

  // The file rules: chairs are members, enough members (for a proposed charter), review date within the term.
  findings.push(...charterRules(charter, { config }));
  if (charter.status !== "proposed") {
    // charterRules counts members only for a proposed charter; a proposal is one whatever its status says.
    const tooFew = tooFewMembers(charter, config);
    if (tooFew) findings.push(tooFew);
  }

  const { start, review } = charter.active_time;
  const max = config.workgroups.max_term_months;
  const latestReview = shiftMonths(start, max);
  if (review > latestReview && !findings.some((f) => f.code === "rule.term-too-long")) {
    // charterRules counts whole months, so it lets e.g. 24 months and 20 days through; a proposal is exact.
    findings.push(
      error(
        "rule.term-too-long",
        ["active_time", "review"],
        `The review date ${review} is more than ${max} months after the start date ${start}.`,
        `Choose a review date on or before ${latestReview}: work groups do not exist forever.`,
      ),
    );
  }
  const earliest = shiftMonths(today, -1);
  if (start < earliest) {
    findings.push(
      error(
        "rule.proposal-start-past",
        ["active_time", "start"],
        `The start date ${start} is more than a month in the past.`,
        `A new work group starts when the board approves it: choose a date from ${earliest} on, for example the first day of next month.`,
      ),
    );
  }
  if (review > start && review <= today) {
    findings.push(
      error(
        "rule.proposal-review-past",
        ["active_time", "review"],
        `The review date ${review} has already passed.`,
        `Choose a review date in the future, at most ${config.workgroups.max_term_months} months after the start date.`,
      ),
    );
  }

  const resources = charter.support?.resources ?? [];
  if (resources.length === 0 || resources.every(isPlaceholder)) {
    findings.push(
      error(
        "rule.proposal-resources",
        ["support", "resources"],
        "The proposal does not say which resources it requests.",
        "List what the work group asks of the foundation (staff time, infrastructure, accounts, money), one item per line; write `None` if it needs nothing.",
      ),
    );
  } else if (resources.length > 1 && resources.some((r) => NOTHING.has(normalise(r)))) {
    const i = resources.findIndex((r) => NOTHING.has(normalise(r)));
    findings.push(
      warning(
        "rule.proposal-resources-none",
        ["support", "resources", i],
        "The resources requested say `None` and also list other items.",
        "Remove `None`, or remove the other items if nothing is needed.",
      ),
    );
  }
  return findings;
}
