/**
 * What the sweep's grant rules decide on and what they do. Each looks at one grant request with its timeline and
 * either does nothing or acts: writes one comment (found again by its marker on the timeline, so never twice) and, for
 * the needs-info rule, closes the request.
 */
import type { Config } from "../../../config/types.ts";
import { isSelf, markerName, type Self } from "../../../model/markers.ts";
import type { ActionRule } from "../../../validate/rules/action-rule.ts";
import type { SweepFindings, SweepIssue, TimelineEvent } from "../../sweep-model.ts";

export interface SweepGrantInput {
  issue: SweepIssue;
  /** Its timeline: read only for the requests a rule could apply to (`candidate`). */
  timeline: readonly TimelineEvent[];
  /** wgbot's own account: only its comments carry markers that count. */
  self: Self;
  /** The repository owner, for team mentions (`@owner/team`). */
  owner: string;
}

export interface SweepGrantAction {
  /** The comment to write, its marker and its text; none when wgbot wrote it before. */
  comment?: { marker: string; body: string };
  /** Closes the request as not planned (the comment, when there is one, says why). */
  close?: true;
}

/** A sweep grant rule; the sweep asks it to `decide` only about its candidates. */
export interface SweepGrantRule extends ActionRule<SweepGrantInput, SweepGrantAction> {
  /**
   * Whether the rule could act on a request, from the issue list alone: the sweep reads the timelines of these
   * requests only, so it must never be false for a request `decide` would act on.
   */
  candidate(issue: SweepIssue, config: Config, now: Date): boolean;
  /** The sweep summary's list of the requests it acted on, if it has one. */
  listed?: keyof Pick<SweepFindings, "grantsClosed" | "grantsFlagged">;
}

/** An open grant request with no decision yet (approved, declined or deferred). */
export function undecided(issue: SweepIssue, config: Config): boolean {
  const L = config.labels;
  if (issue.state !== "open" || !issue.labels.includes(L.grant)) return false;
  return ![L.approved, L.declined, L.deferred].some((l) => issue.labels.includes(l));
}

/**
 * Whether wgbot's own account wrote a comment with this marker, at or after `after` (ISO) when given. Only its own:
 * another account's comment with the marker must not silence wgbot.
 */
export function wroteMarker(input: SweepGrantInput, name: string, after = ""): boolean {
  return input.timeline.some(
    (e) =>
      e.event === "commented" &&
      isSelf(input.self, e.actor ?? e.user) &&
      markerName(e.body) === name &&
      (after === "" || Date.parse(e.created_at) >= Date.parse(after)),
  );
}

/** The latest of some ISO times. */
export function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
