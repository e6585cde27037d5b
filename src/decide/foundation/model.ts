/**
 * The foundation at a glance, as plain data: what `wgbot status` prints and the dashboard site shows. One pure
 * function (foundation/index.ts) makes it from what was gathered, so the two never disagree.
 */
import type { Config } from "../../config/types.ts";
import type { GovernanceState } from "../../validate/repository.ts";
import type { BoardItem } from "../board-item.ts";
import type { LedgerEntry, YearTotals } from "../ledger-totals.ts";

/** An issue or pull request as the dashboard reads it: a board item, and when it was closed. */
export interface FoundationItem extends BoardItem {
  closedAt?: string;
}

export interface FoundationInput {
  state: GovernanceState;
  /**
   * When each report landed on the default branch (report path → YYYY-MM-DD), from the repository's history.
   * Undefined when the history could not be read: then no report can be called late.
   */
  filed?: ReadonlyMap<string, string>;
  /** Open issues and pull requests, and decided ones; undefined when issues were not read (local checkout only). */
  items?: readonly FoundationItem[];
  /** The grants ledger's records (`grants/<year>/*.yml`); undefined when the repository has no ledger. */
  ledger?: readonly LedgerEntry[];
  now: Date;
  /** How many months the report heatmap shows, ending with the current month. */
  heatmapMonths?: number;
}

/**
 * One month of one work group in the heatmap. `filed`: a report covers it, on time (or its filing date is unknown);
 * `late`: filed after the due date; `missing`: past its due date with no report; `open`: not due yet;
 * `none`: no report expected (before the group started, after it ended, or while it is not active).
 */
export type CellState = "filed" | "late" | "missing" | "open" | "none";

export interface HeatmapCell {
  month: string;
  state: CellState;
  /** The report's path, when one covers the month. */
  report?: string;
  /** The day the report was due, for a month that has one. */
  due?: string;
  /** The day the report landed, when the history says. */
  filedOn?: string;
}

export interface WorkGroupView {
  slug: string;
  /** The charter's name, or the slug while the charter cannot be read. */
  name: string;
  /** `active`, `inactive`, …, or `unreadable` when the charter is missing or has errors. */
  status: string;
  /** Why the charter cannot be read, for an unreadable one. */
  problem?: string;
  charterPath: string;
  chairs: string[];
  members: string[];
  purpose?: string;
  goals: string[];
  start?: string;
  review?: string;
  end?: string;
  pastReview: boolean;
  cadence?: string;
  /** The latest month a report exists for (YYYY-MM). */
  lastReport?: string;
  reports: number;
  /** The periods (YYYY-MM labels) past due with no report, oldest first. */
  overdue: string[];
  /** Why the group is at risk; empty when it is not. */
  atRisk: string[];
  cells: HeatmapCell[];
}

/** The stages a request moves through, in order. */
export type Stage = "new" | "needs-info" | "grants-wg-review" | "board-review" | "deferred";

export interface DecisionTarget {
  /** YYYY-MM-DD */
  date: string;
  /** Who decides by then: "board meeting" or "Grants WG review". */
  by: "board" | "grants-wg";
  /** Whether the date comes from the item's milestone (false: the meeting it would be reviewed at). */
  scheduled: boolean;
  overdue: boolean;
}

export interface RequestView {
  number: number;
  title: string;
  author: string;
  kind: "charter" | "grant";
  stage: Stage;
  opened: string;
  ageDays: number;
  target?: DecisionTarget;
  /** The amount asked for, for a grant whose form can be read ("12,000 USD"). */
  amount?: string;
}

export interface StageGroup {
  stage: Stage;
  label: string;
  items: RequestView[];
}

export interface MeetingItem {
  /** Undefined for what the sweep will put on the agenda (an at-risk work group read from the files). */
  number?: number;
  title: string;
  kind: string;
  decision?: string;
}

export interface MeetingView {
  date: string;
  daysAway: number;
  items: MeetingItem[];
}

export interface DecisionView {
  number: number;
  title: string;
  kind: string;
  outcome: "approved" | "declined";
  date: string;
  amount?: string;
}

export interface Attention {
  /** A short phrase, e.g. "packaging: 2 reports overdue". */
  text: string;
  /** The page (site) the reader should open: a work group slug or a request number. */
  slug?: string;
  number?: number;
}

/** Final grant decisions in one month, from the ledger. */
export interface LedgerMonth {
  month: string;
  approved: number;
  declined: number;
  /** Granted in that month, in the base currency. */
  granted: number;
}

export interface LedgerView {
  base: string;
  /** Newest year first. */
  years: YearTotals[];
  /** Every month from the first decision to the last, oldest first. */
  months: LedgerMonth[];
}

export interface FoundationState {
  organisation: string;
  today: string;
  config: Config;
  workgroups: WorkGroupView[];
  /** The heatmap's months, oldest first. */
  months: string[];
  /** Whether the report history was read: without it, no report is called late. */
  history: boolean;
  /** Whether issues were read: without them, requests and agenda items are unknown (not empty). */
  issuesRead: boolean;
  proposals: StageGroup[];
  grants: StageGroup[];
  meetings: MeetingView[];
  decisions: DecisionView[];
  /** Undefined when the repository has no grants ledger yet. */
  ledger?: LedgerView;
  attention: Attention[];
  counts: {
    workgroups: number;
    active: number;
    atRisk: number;
    overdue: number;
    pastReview: number;
    proposals: number;
    grants: number;
    problems: number;
  };
}
