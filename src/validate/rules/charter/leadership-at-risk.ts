/**
 * An active charter without the chairs or the board liaison the config's leadership rule asks for
 * (`workgroups.leadership`; dsf: a chair, a co-chair and a board liaison) is told now what the sweep will tell the
 * board: the work group is at risk. A warning, not an error: an error would make the charter unreadable, and the
 * sweep would stop reminding the group of its reports and could not put it on the board's agenda. A proposal is not
 * asked for a liaison (the issue form has no such field: the board names one), only for its chairs (too-few-chairs.ts).
 */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";
import { leadershipGaps } from "./leadership.ts";

export const leadershipAtRisk = defineRule<CharterInput>({
  id: "leadership-at-risk",
  code: "rule.leadership-at-risk",
  severity: "warning",
  configKeys: ["workgroups.leadership.chairs", "workgroups.leadership.board_liaison"],
  check({ charter }, config, _now, report) {
    if (charter.status !== "active") return [];
    return leadershipGaps(charter, config).map((gap) =>
      report(
        gap.path,
        `${gap.message} Until that is fixed, the work group counts as at risk and the sweep puts it on the board's agenda.`,
        gap.hint,
      ),
    );
  },
});
