/**
 * The sweep's grant rules: a request left in needs-info with no word from its author is closed; one waiting for the
 * Grants WG too long gets one comment. And which requests' timelines these rules, and the decision-target reminder
 * (sweep-decision-target.ts), need.
 */
import type { Config } from "../config/types.ts";
import { isSelf, markerName } from "../model/markers.ts";
import { daysBetween, isoDate } from "../util/dates.ts";
import { lastApplicantActivity, silentLongEnough } from "./applicant-activity.ts";
import { pastTargetRequests, remindedOfTarget } from "./sweep-decision-target.ts";
import type { Closing, SweepComment, SweepFindings, SweepInput, SweepIssue } from "./sweep-model.ts";

/**
 * The grant requests whose timeline the sweep needs: old enough that a rule could apply to them, or past their
 * decision target (its reminder is found again on the timeline).
 */
export function grantCandidates(issues: readonly SweepIssue[], config: Config, now: Date): number[] {
  const past = new Set(pastTargetRequests(issues, config, now).map((p) => p.issue));
  return issues
    .filter((issue) => past.has(issue.number) || ruleCandidate(issue, config, now))
    .map((issue) => issue.number);
}

/** Whether the needs-info or the Grants WG review rule could apply to a request. */
function ruleCandidate(issue: SweepIssue, config: Config, now: Date): boolean {
  const L = config.labels;
  if (issue.state !== "open" || !issue.labels.includes(L.grant)) return false;
  if ([L.approved, L.declined, L.deferred].some((l) => issue.labels.includes(l))) return false;
  const age = daysBetween(new Date(issue.created_at), now);
  if (issue.labels.includes(L.needs_info)) return age >= config.grants.needs_info_close_days;
  return (
    issue.labels.includes(L.grants_wg_review) &&
    !issue.labels.includes(L.board_review) &&
    age > config.grants.grants_wg_review_days
  );
}

export const NEEDS_INFO_CLOSED = "needs-info-closed";
export const REVIEW_OVERDUE = "grants-wg-review-overdue";

export function decideGrants(input: SweepInput, findings: SweepFindings, close: Closing[]): SweepComment[] {
  const { config, now, owner } = input;
  const L = config.labels;
  const comments: SweepComment[] = [];
  for (const issue of input.issues.filter((i) => ruleCandidate(i, config, now))) {
    const number = issue.number;
    const timeline = input.timelines.get(number) ?? [];
    const labelled = (label: string) =>
      timeline.filter((e) => e.event === "labeled" && e.label?.name === label).map((e) => e.created_at);
    // Only wgbot's own comment: another account's comment with the marker must not silence wgbot.
    const hasMarker = (name: string, after = "") =>
      timeline.some(
        (e) =>
          e.event === "commented" &&
          isSelf(input.self, e.actor ?? e.user) &&
          markerName(e.body) === name &&
          (after === "" || Date.parse(e.created_at) >= Date.parse(after)),
      );
    const author = issue.author?.login ?? "";
    if (issue.labels.includes(L.needs_info)) {
      const since = lastApplicantActivity(issue, timeline, config, input.self);
      if (!silentLongEnough(since, config, now)) continue;
      findings.grantsClosed.push(number);
      // A closing comment from before the applicant's last activity (the request was reopened since) is history:
      // this closing gets its own.
      if (!hasMarker(NEEDS_INFO_CLOSED, since))
        comments.push({
          issue: number,
          marker: NEEDS_INFO_CLOSED,
          body: `Hello @${author}: this grant request has been waiting for more information since ${isoDate(new Date(since))}, ${config.grants.needs_info_close_days} days or more without an answer, so wgbot is closing it for now. Nothing is lost: open a new request from the form with the missing details (or ask a maintainer to reopen this one and edit it), and it is checked again straight away. Thank you for applying!`,
        });
      close.push({ issue: number, comment: "", reason: "not_planned" });
      continue;
    }
    const since = latest([issue.created_at, ...labelled(L.grants_wg_review)]);
    if (daysBetween(new Date(since), now) <= config.grants.grants_wg_review_days) continue;
    // Once reminded of its passed decision target, the Grants WG has been told more than this would tell it.
    if (hasMarker(REVIEW_OVERDUE) || remindedOfTarget(timeline, input.self, "grants-wg")) continue;
    findings.grantsFlagged.push(number);
    const team = config.teams.mention_grants_wg ? `@${owner}/${config.teams.grants_wg}` : "Grants Work Group";
    comments.push({
      issue: number,
      marker: REVIEW_OVERDUE,
      body: `This grant request has been waiting for the Grants Work Group's review since ${isoDate(new Date(since))}, more than ${config.grants.grants_wg_review_days} days. ${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`.`,
    });
  }
  return comments;
}

/** Consecutive months, kept short: more than three read "June 2025 to October 2026". */

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
