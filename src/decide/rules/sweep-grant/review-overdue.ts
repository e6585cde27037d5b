/**
 * A grant request waiting for the Grants WG's review longer than `grants.grants_wg_review_days` (psf: 30; counted
 * from its filing or its latest grants-wg-review label, more than 30 whole days) gets one comment asking the Grants
 * WG for a recommendation. Never repeated, and not written once the Grants WG was reminded of the request's passed
 * decision target, which tells it more.
 */
import { daysBetween, isoDate } from "../../../util/dates.ts";
import { remindedOfTarget } from "../../sweep-decision-target.ts";
import { latest, type SweepGrantRule, undecided, wroteMarker } from "./input.ts";

export const REVIEW_OVERDUE = "grants-wg-review-overdue";

export const reviewOverdue: SweepGrantRule = {
  id: "review-overdue",
  code: REVIEW_OVERDUE,
  configKeys: ["grants.grants_wg_review_days", "teams.grants_wg", "teams.mention_grants_wg"],
  listed: "grantsFlagged",
  candidate(issue, config, now) {
    const L = config.labels;
    // In needs-info the next move is the applicant's (needs-info-closed.ts); in board review, the board's.
    return (
      undecided(issue, config) &&
      issue.labels.includes(L.grants_wg_review) &&
      !issue.labels.includes(L.needs_info) &&
      !issue.labels.includes(L.board_review) &&
      daysBetween(new Date(issue.created_at), now) > config.grants.grants_wg_review_days
    );
  },
  decide(input, config, now) {
    const labelled = input.timeline
      .filter((e) => e.event === "labeled" && e.label?.name === config.labels.grants_wg_review)
      .map((e) => e.created_at);
    const since = latest([input.issue.created_at, ...labelled]);
    if (daysBetween(new Date(since), now) <= config.grants.grants_wg_review_days) return undefined;
    if (wroteMarker(input, REVIEW_OVERDUE) || remindedOfTarget(input.timeline, input.self, "grants-wg"))
      return undefined;
    const team = config.teams.mention_grants_wg
      ? `@${input.owner}/${config.teams.grants_wg}`
      : "Grants Work Group";
    return {
      comment: {
        marker: REVIEW_OVERDUE,
        body: `This grant request has been waiting for the Grants Work Group's review since ${isoDate(new Date(since))}, more than ${config.grants.grants_wg_review_days} days. ${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`.`,
      },
    };
  },
};
