/**
 * The needs-info clock: when a grant request last showed a sign of life from its applicant. The sweep closes a
 * request in needs-info once this is `grants.needs_info_close_days` days ago (exactly that many days closes).
 *
 * The clock restarts on:
 * - the request being opened, and the needs-info label being (re)applied: the wait starts then;
 * - a comment by the issue's author (not wgbot's own comments, not other people's);
 * - an edit of the issue by its author: its text (read as `edited` events, gather/sweep-issues.ts) or its title
 *   (`renamed`);
 * - the issue being reopened, by anyone but wgbot. Anyone, because GitHub does not let an author reopen an issue a
 *   maintainer or an app closed: the closing comment asks them to have a maintainer reopen it, and that reopening
 *   must give them the full time again.
 */
import type { Config } from "../config/types.ts";
import { isSelf, type Self } from "../model/markers.ts";
import { daysBetween } from "../util/dates.ts";
import type { SweepIssue, TimelineEvent } from "./sweep-model.ts";

const AUTHOR_EVENTS = new Set(["commented", "edited", "renamed"]);

/** The time (ISO) of the applicant's last activity on a request, or of the start of its wait if later. */
export function lastApplicantActivity(
  issue: Pick<SweepIssue, "author" | "created_at">,
  timeline: readonly TimelineEvent[],
  config: Config,
  self: Self,
): string {
  const author = issue.author?.login.toLowerCase() ?? "";
  const who = (e: TimelineEvent) => e.actor ?? e.user;
  const times = [issue.created_at];
  for (const e of timeline) {
    const actor = who(e);
    const byAuthor = author !== "" && actor?.login?.toLowerCase() === author && !isSelf(self, actor);
    if (e.event === "labeled" && e.label?.name === config.labels.needs_info) times.push(e.created_at);
    else if (AUTHOR_EVENTS.has(e.event) && byAuthor) times.push(e.created_at);
    else if (e.event === "reopened" && !isSelf(self, actor)) times.push(e.created_at);
  }
  return latest(times);
}

/** Whether the applicant has been silent long enough for the request to be closed. */
export function silentLongEnough(since: string, config: Config, now: Date): boolean {
  return daysBetween(new Date(since), now) >= config.grants.needs_info_close_days;
}

/**
 * Whether the sweep must read a request's edit history before deciding: it would close the request on what the
 * timeline shows, but the issue changed (`updated_at`) after every event its timeline shows — comments, labels,
 * reopenings all are in it, an edit of its text is not, nor is a comment's edit, so that change may be the
 * applicant's edit. Nothing else costs a read.
 */
export function editsMatter(
  issue: Pick<SweepIssue, "author" | "created_at" | "updated_at">,
  timeline: readonly TimelineEvent[],
  config: Config,
  now: Date,
  self: Self,
): boolean {
  const since = lastApplicantActivity(issue, timeline, config, self);
  if (!silentLongEnough(since, config, now)) return false;
  // A comment's later edit is left out: wgbot updating its own comment right after the applicant's edit (or anyone
  // editing a comment) must not hide that edit. Then the issue seems changed after its timeline, and the edit history
  // is read: one read, and only for a request about to be closed.
  const shown = latest([issue.created_at, ...timeline.map((e) => e.created_at)]);
  return Date.parse(issue.updated_at) > Date.parse(shown);
}

function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
