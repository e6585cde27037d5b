/** What the sweep decides on (the issues wgbot tracks, timelines, the repository state) and the plan it makes. */
import type { Config } from "../config/types.ts";
import type { Self } from "../model/markers.ts";
import type { GovernanceState } from "../validate/repository.ts";

export interface IssueUser {
  login: string;
  type?: string;
}

/** An issue as the sweep reads it (pull requests are left out by the gather step). */
export interface SweepIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  author: IssueUser | null;
  created_at: string;
  updated_at: string;
  /** The title of its milestone (`Board meeting YYYY-MM-DD`), if any: read with the list, at no extra cost. */
  milestone?: string;
}

/** One entry of an issue's timeline: a comment (`commented`) or a label added (`labeled`). */
export interface TimelineEvent {
  event: string;
  created_at: string;
  /** A comment's last edit. */
  updated_at?: string;
  actor?: IssueUser | null;
  user?: IssueUser | null;
  label?: { name: string };
  body?: string | null;
}

export interface SweepInput {
  state: GovernanceState;
  /** Open issues, and issues closed since `recentSince(…)`. */
  issues: readonly SweepIssue[];
  /** The timelines of the grant requests `grantCandidates` picked. */
  timelines: ReadonlyMap<number, readonly TimelineEvent[]>;
  config: Config;
  now: Date;
  /** The repository owner, for the Grants WG team mention (`@owner/team`). */
  owner: string;
  /**
   * The repository's name and default branch, when known: a reminder then links to GitHub's "new file" page with
   * the report's skeleton filled in.
   */
  repo?: string;
  branch?: string;
  /** The repository's web address (`https://github.com/psf/governance`), when known: the link is then whole. */
  repoUrl?: string;
  /** wgbot's own account: only its issues and comments are its tracking issues and sweep comments. */
  self: Self;
}

export type TrackingKind = "reminder" | "at-risk" | "renewal";

/** A tracking issue that should be open. */
export interface WantedIssue {
  key: string;
  title: string;
  /** The body without its marker line. */
  body: string;
  labels: string[];
  assignees: string[];
}

export interface Closing {
  issue: number;
  comment: string;
  reason: "completed" | "not_planned";
}

export interface SweepComment {
  issue: number;
  /** Marker name: the comment is written once, found again by it. */
  marker: string;
  body: string;
}

export interface SweepFindings {
  workgroups: number;
  /** Work groups whose charter is missing or has problems: nothing is decided for them. */
  unreadable: { slug: string; why: string }[];
  overdue: { slug: string; periods: string[] }[];
  atRisk: { slug: string; reasons: string[] }[];
  renewal: { slug: string; review: string }[];
  revivable: string[];
  grantsClosed: number[];
  grantsFlagged: number[];
  /** Undecided grant requests past their decision target, reminded in this run or before (sweep-decision-target.ts). */
  grantsPastTarget: { issue: number; target: string; stage: "grants-wg" | "board" }[];
}

export interface SweepPlan {
  tracking: WantedIssue[];
  close: Closing[];
  comments: SweepComment[];
  findings: SweepFindings;
  /** One line for logs. */
  summary: string;
  /** The findings in Markdown, for the CLI and a job summary. */
  text: string;
}
