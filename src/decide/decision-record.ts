/**
 * A decision's machine-readable record, kept at the end of wgbot's reply to its command:
 *
 *   <!-- wgbot:decision {"by":"gwen","decision":"approve","amount":9000,"currency":"USD","at":"…",…} -->
 *
 * How it is written, read back, and found among an item's comments (only in wgbot's own replies).
 */
import type { CommentLike } from "../model/comment.ts";
import { marker, markerName, markersIn, type Self, writtenBy } from "../model/markers.ts";
import type { Command } from "./command.ts";
import type { LocalAmount } from "./decision-amount.ts";

export type DecisionCommand = Extract<Command, { name: "recommend" | "board" }>;

/** Where a decision leaves the item. */
export type RecordedOutcome = "approved" | "declined" | "deferred" | "board-review";

export interface DecisionRecord {
  /** Login of the Grants WG or board member who decided. */
  by: string;
  decision: "approve" | "decline" | "defer";
  /** In the base currency. */
  amount?: number;
  currency?: string;
  /**
   * For a request in another currency than the base one: its currency, the rate used, and the amount in it. Recorded
   * so the grants ledger keeps the day's rate whatever the config says later.
   */
  local?: LocalAmount;
  /** When the command was written (ISO 8601). */
  at: string;
  command: "recommend" | "board";
  outcome: RecordedOutcome;
  /** The board meeting the item goes to (escalated or deferred), YYYY-MM-DD. */
  meeting?: string;
  /** The id of the command comment this record answers. */
  comment: number;
}

/** The record's marker: `<!-- wgbot:decision {…} -->`. */
const RECORD = "decision ";
const REPLY = /^reply:(\d+)$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The hidden block. `<` and `>` are escaped so no value can end the HTML comment. */
export function recordBlock(record: DecisionRecord): string {
  const ordered: DecisionRecord = {
    by: record.by,
    decision: record.decision,
    ...(record.amount === undefined ? {} : { amount: record.amount }),
    ...(record.currency === undefined ? {} : { currency: record.currency }),
    ...(record.local === undefined ? {} : { local: record.local }),
    at: record.at,
    command: record.command,
    outcome: record.outcome,
    ...(record.meeting === undefined ? {} : { meeting: record.meeting }),
    comment: record.comment,
  };
  const json = JSON.stringify(ordered).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return marker(`${RECORD}${json}`);
}

/** The record in one comment's body (its last record block: the reply ends with it), if it is well-formed. */
export function parseRecord(body: string): DecisionRecord | undefined {
  const block = markersIn(body)
    .filter((name) => name.startsWith(RECORD))
    .at(-1);
  if (block === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(block.slice(RECORD.length));
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const r = data as Record<string, unknown>;
  const ok =
    typeof r.by === "string" &&
    LOGIN.test(r.by) &&
    (r.decision === "approve" || r.decision === "decline" || r.decision === "defer") &&
    (r.amount === undefined || (typeof r.amount === "number" && Number.isFinite(r.amount) && r.amount > 0)) &&
    (r.currency === undefined || (typeof r.currency === "string" && /^[A-Z]{3}$/.test(r.currency))) &&
    (r.local === undefined || localAmount(r.local) !== undefined) &&
    typeof r.at === "string" &&
    !Number.isNaN(Date.parse(r.at)) &&
    (r.command === "recommend" || r.command === "board") &&
    ["approved", "declined", "deferred", "board-review"].includes(r.outcome as string) &&
    (r.meeting === undefined || (typeof r.meeting === "string" && DAY.test(r.meeting))) &&
    typeof r.comment === "number" &&
    Number.isSafeInteger(r.comment) &&
    r.comment > 0;
  if (!ok) return undefined;
  return {
    by: r.by as string,
    decision: r.decision as DecisionRecord["decision"],
    ...(r.amount === undefined ? {} : { amount: r.amount as number }),
    ...(r.currency === undefined ? {} : { currency: r.currency as string }),
    ...(r.local === undefined ? {} : { local: localAmount(r.local) as LocalAmount }),
    at: r.at as string,
    command: r.command as DecisionRecord["command"],
    outcome: r.outcome as RecordedOutcome,
    ...(r.meeting === undefined ? {} : { meeting: r.meeting as string }),
    comment: r.comment as number,
  };
}

const positive = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n > 0;

/** A well-formed `local` block, rebuilt from its known keys only; undefined otherwise. */
function localAmount(value: unknown): LocalAmount | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const l = value as Record<string, unknown>;
  if (typeof l.currency !== "string" || !/^[A-Z]{3}$/.test(l.currency) || !positive(l.rate)) return undefined;
  if (l.amount !== undefined && !positive(l.amount)) return undefined;
  return { currency: l.currency, rate: l.rate, ...(l.amount === undefined ? {} : { amount: l.amount }) };
}

/**
 * Every record on an item, oldest command first. Only wgbot's own replies count: a record must sit in a comment
 * wgbot's own account wrote, starting with the reply marker of the very command it names. A person or another app
 * posting the same text — marker, record and all — records nothing.
 */
export function recordsIn(comments: readonly CommentLike[], self: Self): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  const ours = writtenBy(self);
  for (const c of comments) {
    if (!ours(c)) continue;
    const body = c.body ?? "";
    const reply = REPLY.exec(markerName(body) ?? "");
    if (!reply) continue;
    const record = parseRecord(body);
    if (record && record.comment === Number(reply[1])) records.push(record);
  }
  return records.sort((a, b) => a.comment - b.comment);
}

export function latest(
  records: readonly DecisionRecord[],
  command?: DecisionRecord["command"],
): DecisionRecord | undefined {
  return records.filter((r) => command === undefined || r.command === command).at(-1);
}
