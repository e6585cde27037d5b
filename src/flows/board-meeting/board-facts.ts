/**
 * What the board rounds of one event have read, passed from each round to the next. Never changed in place: a
 * round that learns something (a milestone it created, the comments it read or wrote) hands the rounds after it a
 * new value, so each round's input is what the rounds before it gave it, and nothing else.
 */
import type { Config } from "../../config/types.ts";
import type { IssueData, MilestoneLike } from "../../gather/board.ts";
import type { CommentLike } from "../../model/comment.ts";
import type { Round } from "../flow-module.ts";

export interface BoardFacts {
  readonly config: Config;
  /** Comments read (or written) by an earlier round, by issue: an item's decision records are read once. */
  readonly comments: ReadonlyMap<number, readonly CommentLike[]>;
  /** Every milestone, once a round has listed them (with any this event created). */
  readonly milestones?: readonly MilestoneLike[];
  /**
   * Open issues by escalation label, when a round of this chain already listed them and nothing it wrote since
   * could change them (the sweep lists them to decide whether to open the meeting's milestone, then only creates
   * it): the agenda round uses them instead of listing them again.
   */
  readonly labelled?: ReadonlyMap<string, readonly IssueData[]>;
  /**
   * The agenda's work group reports section (decide/agenda-reports.ts), when this chain read the reports: the sweep
   * does, "" when none fell due. Left undefined, a refresh keeps the section the agenda already has.
   */
  readonly reports?: string;
}

/** The round that comes next, given what the rounds so far have read. */
export type Then = (facts: BoardFacts) => Round | undefined;

export function boardFacts(config: Config, more: Omit<BoardFacts, "config" | "comments"> = {}): BoardFacts {
  return { config, comments: new Map(), ...more };
}

/** The facts, with `comments` as an issue's comments now. */
export function withComments(facts: BoardFacts, issue: number, comments: readonly CommentLike[]): BoardFacts {
  return withAllComments(facts, new Map([[issue, comments]]));
}

/** The facts, with every issue's comments in `read` added. */
export function withAllComments(
  facts: BoardFacts,
  read: ReadonlyMap<number, readonly CommentLike[]>,
): BoardFacts {
  return read.size === 0 ? facts : { ...facts, comments: new Map([...facts.comments, ...read]) };
}

/** The facts, with the milestones as listed, plus `added` (one this event created). */
export function withMilestones(
  facts: BoardFacts,
  listed: readonly MilestoneLike[],
  added?: MilestoneLike,
): BoardFacts {
  return { ...facts, milestones: added ? [...listed, added] : listed };
}
