/**
 * Requests nobody answered: open charter proposals and grant requests that carry no status label, so wgbot never
 * routed them. On the App runtime a delivery that failed after Probot's 202 is not sent again by GitHub; the next
 * sweep finds such a request here and runs the request flow on it, as a redelivery would.
 *
 * Every request wgbot has answered carries a status label (needs-info, Grants WG review, board review or a
 * decision), so nothing answered is run again — unless someone removed that label by hand, in which case the
 * request is checked again, as `/recheck` would.
 */
import type { Config } from "../config/types.ts";
import { statusLabels } from "./board-item.ts";
import type { SweepIssue } from "./sweep-model.ts";

/** A request this new may still be in its first delivery: the sweep leaves it to that. */
export const UNANSWERED_GRACE_MS = 15 * 60_000;
/** At most this many per sweep, oldest first, so one sweep stays short; the next takes the rest. */
export const UNANSWERED_PER_SWEEP = 10;

export function unansweredRequests(issues: readonly SweepIssue[], config: Config, now: Date): SweepIssue[] {
  const kinds = [config.labels.grant, config.labels.charter];
  const statuses = new Set(statusLabels(config));
  return issues
    .filter(
      (issue) =>
        issue.state === "open" &&
        issue.author?.type !== "Bot" &&
        issue.labels.some((l) => kinds.includes(l)) &&
        !issue.labels.some((l) => statuses.has(l)) &&
        now.getTime() - Date.parse(issue.created_at) >= UNANSWERED_GRACE_MS,
    )
    .sort((a, b) => a.number - b.number)
    .slice(0, UNANSWERED_PER_SWEEP);
}
