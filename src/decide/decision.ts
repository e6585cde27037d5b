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
import { inlineCode } from "../render/escape.ts";
import type { Templates } from "../render/handlebars.ts";
import { addDays, parseDate } from "../util/dates.ts";
import { charterRules } from "../validate/rules/charter.ts";
import { type BoardItem, type GrantAmount, grantAmount, itemKind } from "./board-item.ts";
import { meetingOfMilestone, nextMeeting, reviewingMeeting } from "./calendar.ts";
import type { Command } from "./command.ts";
import { type DecisionMoney, grantMoney, moneyText } from "./decision-amount.ts";
import { capRefusal } from "./decision-cap.ts";
import {
  type DecisionCommand,
  type DecisionRecord,
  latest,
  type RecordedOutcome,
} from "./decision-record.ts";
import {
  boardNext,
  day,
  meetingSentence,
  mention,
  recommendationText,
  renderRecord,
} from "./decision-text.ts";
import type { LedgerEntry } from "./ledger-totals.ts";
import { formatAmount, roundCents } from "./money.ts";

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
  /** The comment templates, loaded by the caller (gather/comment-templates.ts). */
  templates: Templates;
  /**
   * The grants ledger's records of the decision's year, for an approval of a grant: it may not take the organisation
   * past its cap (decision-cap.ts). Undefined when not read: no cap check.
   */
  ledger?: readonly LedgerEntry[];
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
  // A grant's amount may be in its own currency (decision-amount.ts); anything else counts in the base currency, and
  // `9000 EUR` must not silently become 9,000 USD.
  if (currency !== undefined && currency !== base && itemKind(input.item, input.config) !== "grant")
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
  const money = grantMoney(command, requested, config);
  if (typeof money === "string") return refuse(money, "bad amount");
  const { amount } = money;
  const overCap = approvedPastCap(input, amount);
  if (overCap) return refuse(overCap, "over the organisation's cap");

  const base = config.base_currency;
  const threshold = formatAmount(config.grants.board_threshold, base);
  const escalate = requested.overThreshold;
  const meeting = escalate ? reviewingMeeting(config.board, input.now) : undefined;
  const record: DecisionRecord = {
    by: input.by,
    decision: command.decision,
    ...(amount === undefined ? {} : { amount, currency: base }),
    ...(money.local ? { local: money.local } : {}),
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
  const amountPart = amount === undefined ? "" : ` ${moneyText(money, base)}`;
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
    reply: renderRecord(input.templates, { title, summary: summaryLine, note: command.reason, next, record }),
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
  let money: DecisionMoney;
  if (kind === "grant") {
    const requested = grantAmount(item, config);
    if (!requested)
      return refuse(
        "wgbot cannot read the amount requested from this issue: fix the request first.",
        "amount unreadable",
      );
    const fallback = recommendation?.decision === "approve" ? recommendation : undefined;
    const checked = grantMoney(command, requested, config, fallback);
    if (typeof checked === "string") return refuse(checked, "bad amount");
    if (!recommendation && command.decision !== "defer" && needsRecommendation(requested, config))
      return refuse(missingRecommendation(config), "no recommendation on record");
    const overCap = approvedPastCap(input, checked.amount);
    if (overCap) return refuse(overCap, "over the organisation's cap");
    money = checked;
  } else {
    if (command.decision !== "approve" && command.amount !== undefined)
      return refuse(`A decision to ${command.decision} takes no amount.`, "bad amount");
    money = command.amount === undefined ? {} : { amount: roundCents(command.amount) };
  }
  const { amount } = money;
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
    ...(money.local ? { local: money.local } : {}),
    at: input.at,
    command: "board",
    outcome,
    ...(meeting ? { meeting } : {}),
    comment: input.commentId,
  };
  const amountText = amount === undefined ? "" : ` ${moneyText(money, base)}`;
  const title = `Board decision: ${outcome}${amountText}`;
  const summaryLine = `Decided by ${mention(input.by)} for the board on ${day(input.at)}: **${outcome}${amountText}**.`;
  return {
    ok: true,
    record,
    reply: renderRecord(input.templates, {
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

/** Why approving `amount` would take the organisation past its cap in the decision's year, if it would. */
function approvedPastCap(input: CommandInput, amount: number | undefined): string | undefined {
  if (input.command.decision !== "approve" || amount === undefined) return undefined;
  return capRefusal({
    item: input.item,
    amount,
    at: input.at,
    ledger: input.ledger,
    command: input.command.name,
    config: input.config,
  });
}

/** Over the threshold the board decides with the Grants WG's recommendation on record (`board.requires_recommendation`). */
function needsRecommendation(requested: GrantAmount, config: Config): boolean {
  return config.board.requires_recommendation && requested.overThreshold;
}

function missingRecommendation(config: Config): string {
  const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
  return `The board decides grant requests over ${threshold} with the Grants Work Group's recommendation on record, and this request has none yet. A Grants WG member records it with \`/recommend approve [amount]\` or \`/recommend decline\`; then the board can decide. \`/board defer\` works without one. Nothing was changed.`;
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
