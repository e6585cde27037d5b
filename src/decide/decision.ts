/**
 * `/recommend` and `/board`: whether a command may act on an item, the decision it records, the reply that records
 * it, and what the decision does to the item (labels, closing, board meeting). Pure: plain data in, a plan out.
 *
 * A decision is recorded once, in the reply to its command, with a machine-readable block:
 *
 *   <!-- wgbot:decision {"by":"gwen","decision":"approve","amount":9000,"currency":"USD","at":"…",…} -->
 *
 * The item's state follows from its latest record, so a redelivered command or a retried run re-derives the same
 * effects and writes nothing new.
 */

import type { Config } from "../config/types.ts";
import { charterFromForm } from "../forms/charter.ts";
import type { Charter } from "../generated/charter.ts";
import type { CommentLike } from "../model/comment.ts";
import { marker, markerName, markersIn, type Self, writtenBy } from "../model/markers.ts";
import { escapeMarkdown, inlineCode, neutraliseMentions } from "../render/escape.ts";
import { render } from "../render/handlebars.ts";
import { addDays, parseDate } from "../util/dates.ts";
import { truncate } from "../util/text.ts";
import { charterRules } from "../validate/rules/charter.ts";
import { type BoardItem, grantAmount, type ItemKind, itemKind } from "./board-item.ts";
import { meetingOfMilestone, nextMeeting, reviewingMeeting } from "./calendar.ts";
import { charterBranch, charterPath } from "./charter-file.ts";
import type { Command } from "./command.ts";
import { formatAmount, roundCents } from "./money.ts";

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
    at: r.at as string,
    command: r.command as DecisionRecord["command"],
    outcome: r.outcome as RecordedOutcome,
    ...(r.meeting === undefined ? {} : { meeting: r.meeting as string }),
    comment: r.comment as number,
  };
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

export interface CommandInput {
  command: DecisionCommand;
  /** The command comment's id: the record names it. */
  commentId: number;
  by: string;
  /** When the command was written (ISO 8601); the decision's date. */
  at: string;
  item: BoardItem;
  /** Decisions already recorded on the item. */
  records: readonly DecisionRecord[];
  config: Config;
  now: Date;
}

export type CommandPlan =
  | { ok: false; reply: string; summary: string }
  | { ok: true; record: DecisionRecord; reply: string; summary: string };

/** Who may use each command: the team, for the reply to anyone else. */
export function commandTeam(command: DecisionCommand["name"], config: Config): { team: string; who: string } {
  return command === "recommend"
    ? { team: config.teams.grants_wg, who: "the Grants Work Group" }
    : { team: config.teams.board, who: "the board" };
}

export function notAllowedReply(command: DecisionCommand["name"], owner: string, config: Config): string {
  const { team, who } = commandTeam(command, config);
  return `Only members of ${who} team (${inlineCode(`${owner}/${team}`)}) can use \`/${command}\`. Nothing was changed.\n`;
}

function refuse(reply: string, summary: string): CommandPlan {
  return { ok: false, reply: `${reply}\n`, summary };
}

export function decideCommand(input: CommandInput): CommandPlan {
  const { currency } = input.command;
  const base = input.config.base_currency;
  // Amounts are recorded in the base currency: `9000 EUR` must not silently become 9,000 USD.
  if (currency !== undefined && currency !== base)
    return refuse(
      `Give the amount in ${base}, the currency wgbot counts in: an amount in ${currency} is not converted.`,
      "amount in another currency",
    );
  return input.command.name === "recommend" ? decideRecommend(input) : decideBoard(input);
}

function decideRecommend(input: CommandInput): CommandPlan {
  const { item, config, records } = input;
  const command = input.command as Extract<Command, { name: "recommend" }>;
  const L = config.labels;
  const has = (l: string) => item.labels.includes(l);
  if (item.isPull || itemKind(item, config) !== "grant")
    return refuse("`/recommend` is for grant requests.", "not a grant request");
  if (item.state === "closed" || has(L.approved) || has(L.declined))
    return refuse(
      `This grant request is already ${has(L.declined) ? "declined" : has(L.approved) ? "approved" : "closed"}: there is nothing left to recommend.`,
      "already decided",
    );
  const board = latest(records, "board");
  if (board && board.outcome !== "deferred")
    return refuse("The board has already decided on this request.", "already decided");
  if (has(L.needs_info) || !(has(L.grants_wg_review) || has(L.board_review)))
    return refuse(
      "This grant request is not ready for a recommendation yet: it still needs the changes listed above.",
      "not ready",
    );
  const requested = grantAmount(item, config);
  if (!requested)
    return refuse(
      "wgbot cannot read the amount requested from this issue: fix the request first.",
      "amount unreadable",
    );
  const amount = amountFor(command.decision, command.amount, requested.inBase, config);
  if (typeof amount === "string") return refuse(amount, "bad amount");

  const base = config.base_currency;
  const threshold = formatAmount(config.grants.board_threshold, base);
  const escalate = requested.overThreshold;
  const meeting = escalate ? reviewingMeeting(config.board, input.now) : undefined;
  const record: DecisionRecord = {
    by: input.by,
    decision: command.decision,
    ...(amount === undefined ? {} : { amount, currency: base }),
    at: input.at,
    command: "recommend",
    outcome: escalate ? "board-review" : command.decision === "approve" ? "approved" : "declined",
    ...(meeting ? { meeting } : {}),
    comment: input.commentId,
  };
  const requestedPart =
    amount === undefined
      ? ` (${requested.text} requested)`
      : amount === requested.inBase
        ? ", the amount requested"
        : ` of the ${requested.text} requested`;
  const amountPart = amount === undefined ? "" : ` ${formatAmount(amount, base)}`;
  const title = escalate
    ? `Grants WG recommendation: ${command.decision}${amountPart}`
    : `Grants WG decision: ${record.outcome}${amountPart}`;
  const summaryLine = `${escalate ? "Recommended" : "Decided"} by ${mention(input.by)} for the Grants Work Group on ${day(input.at)}: **${escalate ? command.decision : record.outcome}${amountPart}**${requestedPart}.`;
  const next = escalate
    ? `The request is over ${threshold}, so the **board** decides. ${meetingSentence(meeting)}`
    : `For requests up to ${threshold} the Grants WG's decision is final: the request is ${record.outcome} and closed.`;
  return {
    ok: true,
    record,
    reply: renderRecord({ title, summary: summaryLine, note: command.reason, next, record }),
    summary: escalate ? `recommended ${command.decision}: escalated to the board` : `grant ${record.outcome}`,
  };
}

function decideBoard(input: CommandInput): CommandPlan {
  const { item, config, records } = input;
  const command = input.command as Extract<Command, { name: "board" }>;
  const L = config.labels;
  const has = (l: string) => item.labels.includes(l);
  const kind = itemKind(item, config);
  if (has(L.approved) || has(L.declined))
    return refuse(`This item is already ${has(L.approved) ? "approved" : "declined"}.`, "already decided");
  if (item.state === "closed") return refuse("This item is closed.", "closed");
  if (!has(L.board_review))
    return refuse(
      `\`/board\` decides items in board review (labelled ${inlineCode(L.board_review)}); this one is not.`,
      "not in board review",
    );
  const base = config.base_currency;
  const recommendation = kind === "grant" ? latest(records, "recommend") : undefined;
  let amount: number | undefined;
  if (kind === "grant") {
    const requested = grantAmount(item, config);
    if (!requested)
      return refuse(
        "wgbot cannot read the amount requested from this issue: fix the request first.",
        "amount unreadable",
      );
    const fallback =
      recommendation?.decision === "approve" ? (recommendation.amount ?? requested.inBase) : requested.inBase;
    const checked = amountFor(command.decision, command.amount, requested.inBase, config, fallback);
    if (typeof checked === "string") return refuse(checked, "bad amount");
    amount = checked;
  } else {
    if (command.decision !== "approve" && command.amount !== undefined)
      return refuse(`A decision to ${command.decision} takes no amount.`, "bad amount");
    amount = command.amount;
  }
  let charterSlug: string | undefined;
  if (kind === "charter" && command.decision === "approve") {
    const charter = charterFromForm(item.body, { config }).charter;
    const problem = charterProblem(charter, config);
    if (problem) return refuse(problem, "charter not valid");
    charterSlug = charter?.slug;
  }

  const current = item.milestone ? meetingOfMilestone(item.milestone) : undefined;
  const meeting = command.decision === "defer" ? deferredTo(config, input.now, current) : undefined;
  const outcome: RecordedOutcome =
    command.decision === "approve" ? "approved" : command.decision === "decline" ? "declined" : "deferred";
  const record: DecisionRecord = {
    by: input.by,
    decision: command.decision,
    ...(amount === undefined ? {} : { amount, currency: base }),
    at: input.at,
    command: "board",
    outcome,
    ...(meeting ? { meeting } : {}),
    comment: input.commentId,
  };
  const amountText = amount === undefined ? "" : ` ${formatAmount(amount, base)}`;
  const title = `Board decision: ${outcome}${amountText}`;
  const summaryLine = `Decided by ${mention(input.by)} for the board on ${day(input.at)}: **${outcome}${amountText}**.`;
  return {
    ok: true,
    record,
    reply: renderRecord({
      title,
      summary: summaryLine,
      recommendation: recommendation ? recommendationText(recommendation, base) : undefined,
      note: command.note,
      next: boardNext(kind, outcome, config, meeting, charterSlug),
      record,
    }),
    summary: `board ${outcome}`,
  };
}

const KIND_NAMES: Record<ItemKind, string> = {
  charter: "work group proposal",
  grant: "grant request",
  report: "report",
  "at-risk": "item",
  renewal: "item",
  other: "item",
};

/** The amount a decision records, or the reason it cannot. */
function amountFor(
  decision: "approve" | "decline" | "defer",
  given: number | undefined,
  requested: number,
  config: Config,
  fallback = requested,
): number | undefined | string {
  if (decision !== "approve")
    return given === undefined ? undefined : `A decision to ${decision} takes no amount.`;
  const amount = roundCents(given ?? fallback);
  if (amount > requested)
    return `${formatAmount(amount, config.base_currency)} is more than the ${formatAmount(requested, config.base_currency)} requested.`;
  return amount;
}

/** Why an approved proposal could not become a charter file, if it could not. */
function charterProblem(charter: Charter | undefined, config: Config): string | undefined {
  const errors = charter
    ? charterRules({ ...charter, status: "active" }, { config, folderSlug: charter.slug }).filter(
        (f) => f.severity === "error",
      )
    : [];
  if (charter && errors.length === 0) return undefined;
  return "wgbot cannot turn this proposal into a charter file: it has problems (see wgbot's report above). Fix them, then approve again.";
}

/** A deferred item goes to the meeting after the one it was on, and at least to the next one it can prepare for. */
function deferredTo(config: Config, now: Date, current: string | undefined): string | undefined {
  const reviewing = reviewingMeeting(config.board, now);
  const after = current ? nextMeeting(config.board, addDays(parseDate(current), 1)) : undefined;
  const later = !reviewing ? after : !after ? reviewing : after > reviewing ? after : reviewing;
  // Never "deferred" to the meeting it is already on.
  return later !== undefined && current !== undefined && later <= current ? undefined : later;
}

function boardNext(
  kind: ItemKind,
  outcome: RecordedOutcome,
  config: Config,
  meeting: string | undefined,
  charterSlug: string | undefined,
): string {
  if (outcome === "deferred")
    return meeting
      ? `It stays in board review and moves to the board meeting on **${meeting}**.`
      : "It stays in board review; no later board meeting is scheduled yet.";
  if (kind === "charter" && outcome === "approved") {
    const slug = charterSlug ?? "";
    return `wgbot opens a pull request that adds ${inlineCode(charterPath(config, slug))} (branch ${inlineCode(charterBranch(slug))}). Merging it charters the work group and closes this issue.`;
  }
  if (kind === "report") return `The report's requests are ${outcome}.`;
  return `This ${KIND_NAMES[kind]} is ${outcome}${closeReason(outcome, kind) ? " and closed" : ""}.`;
}

function recommendationText(r: DecisionRecord, base: string): string {
  const what =
    r.decision === "approve"
      ? `approving ${r.amount === undefined ? "the request" : formatAmount(r.amount, r.currency ?? base)}`
      : "declining the request";
  return `The Grants WG recommended ${what} (${mention(r.by)}, ${day(r.at)}).`;
}

function meetingSentence(meeting: string | undefined): string {
  return meeting
    ? `It is on the agenda of the board meeting on **${meeting}** (milestone *Board meeting ${meeting}*).`
    : "No board meeting is scheduled yet: it goes on the agenda of the next one once the calendar has it.";
}

function renderRecord(view: {
  title: string;
  summary: string;
  recommendation?: string;
  note?: string;
  next: string;
  record: DecisionRecord;
}): string {
  return render("decision-record", {
    title: view.title,
    summary: view.summary,
    recommendation: view.recommendation,
    // Shortened: the reply holds the record at its end, so it must fit in one comment whatever the note.
    note: view.note ? escapeMarkdown(truncate(view.note, 1_000)) : undefined,
    next: view.next,
    block: recordBlock(view.record),
  });
}

/** `@gwen`, shown but not pinging. */
export function mention(login: string): string {
  return neutraliseMentions(`@${login}`);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

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
function closeReason(outcome: RecordedOutcome, kind: ItemKind): Effects["close"] {
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
