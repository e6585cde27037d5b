/**
 * The leadership rule (`workgroups.leadership`) as one check: which chairs and board liaison a charter lacks. The
 * sweep gives each gap to the board as an at-risk reason (decide/rules/health/leadership.ts) and the charter rules
 * give it to whoever edits the charter as a finding; both read this one check, worded side by side here, so they
 * never disagree.
 */
import type { Config } from "../../../config/types.ts";
import type { Charter } from "../../../generated/charter.ts";
import { plural } from "../../../util/text.ts";

export interface LeadershipGap {
  kind: "chairs" | "liaison";
  /** Where the charter says it. */
  path: string[];
  /** The at-risk reason, as the sweep and the dashboard tell the board ("it has 1 chair; …"). */
  reason: string;
  /** The finding's message and hint, for whoever edits the charter. */
  message: string;
  hint: string;
}

/** Every gap between a charter's leadership and what the config asks for; none when it has all it needs. */
export function leadershipGaps(charter: Charter, config: Pick<Config, "workgroups">): LeadershipGap[] {
  const rule = config.workgroups.leadership;
  const gaps: LeadershipGap[] = [];
  const chairs = plural(charter.participants.chairs.length, "chair");
  if (charter.participants.chairs.length < rule.chairs) {
    const coChair = rule.chairs === 2;
    gaps.push({
      kind: "chairs",
      path: ["participants", "chairs"],
      reason: coChair
        ? `it has ${chairs}; a work group needs a chair and a co-chair (list both under \`participants.chairs\`)`
        : `it has ${chairs}; a work group needs at least ${rule.chairs} (under \`participants.chairs\`)`,
      message: coChair
        ? `The charter lists ${chairs}; a work group needs a chair and a co-chair.`
        : `The charter lists ${chairs}; a work group needs at least ${rule.chairs}.`,
      hint: coChair
        ? "List both under `participants.chairs` (each of them under `participants.members` too)."
        : `List ${rule.chairs} chairs under \`participants.chairs\` (each of them under \`participants.members\` too).`,
    });
  }
  if (rule.board_liaison && !charter.participants.board_liaison)
    gaps.push({
      kind: "liaison",
      path: ["participants"],
      reason:
        "its charter names no board liaison: a board member who links the work group to the board (`participants.board_liaison`)",
      message: "The charter names no board liaison: a board member who links the work group to the board.",
      hint: "Ask the board which of its members is the work group's liaison, and add their GitHub login as `participants.board_liaison`.",
    });
  return gaps;
}
