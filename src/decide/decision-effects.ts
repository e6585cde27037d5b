/** What a recorded decision does to the item: its status labels, closing, its board meeting, a charter's pull request. */
import type { Config } from "../config/types.ts";
import type { ItemKind } from "./board-item.ts";
import { type DecisionRecord, latest, type RecordedOutcome } from "./decision-record.ts";

export interface Effects {
  /** The status labels the item carries afterwards, among statusLabels(config). */
  statuses: string[];
  /** Close the item, for this reason. */
  close?: "completed" | "not_planned";
  /** The board meeting the item belongs on; undefined: leave its milestone as it is. */
  meeting?: string;
  /** Open the pull request that adds the charter file. */
  charterPullRequest: boolean;
}

/** What a recorded decision does to the item. The same record always yields the same effects. */
export function effectsOf(record: DecisionRecord, kind: ItemKind, config: Config): Effects {
  const L = config.labels;
  switch (record.outcome) {
    case "board-review":
      return { statuses: [L.board_review], meeting: record.meeting, charterPullRequest: false };
    case "deferred":
      return { statuses: [L.board_review, L.deferred], meeting: record.meeting, charterPullRequest: false };
    case "approved":
      return {
        statuses: [L.approved],
        close: closeReason("approved", kind),
        charterPullRequest: kind === "charter" && record.command === "board",
      };
    case "declined":
      return { statuses: [L.declined], close: closeReason("declined", kind), charterPullRequest: false };
  }
}

/**
 * A final decision closes the item — except a report pull request (people merge it) and an approved proposal
 * (merging its charter pull request closes it).
 */
export function closeReason(outcome: RecordedOutcome, kind: ItemKind): Effects["close"] {
  if (kind === "report") return undefined;
  if (outcome === "approved") return kind === "charter" ? undefined : "completed";
  if (outcome === "declined") return "not_planned";
  return undefined;
}

/** The status labels an item should carry after its latest decision (for the protected-label guard). */
export function statusesAfter(records: readonly DecisionRecord[], kind: ItemKind, config: Config): string[] {
  const last = latest(records);
  return last ? effectsOf(last, kind, config).statuses : [];
}
