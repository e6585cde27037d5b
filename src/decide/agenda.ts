/**
 * The agenda issue of one board meeting: its title, its hidden marker, and its text, regenerated from the items on
 * the meeting (their labels and recorded decisions). Pure: the same items give the same text, so the issue is only
 * edited when something changed. Ages are counted to the meeting day, not to today, for the same reason.
 */
import type { Config } from "../config/types.ts";
import { isSelf, marker, markerName, type Self } from "../model/markers.ts";
import { escapeMarkdown } from "../render/escape.ts";
import { render, type Templates } from "../render/handlebars.ts";
import { daysBetween, parseDate } from "../util/dates.ts";
import { truncate } from "../util/text.ts";
import { type BoardItem, grantAmount, ITEM_KINDS, type ItemKind, itemKind } from "./board-item.ts";
import { milestoneTitle } from "./calendar.ts";
import { type DecisionRecord, latest } from "./decision-record.ts";
import { pastDecisionTarget, requestTarget } from "./decision-target.ts";
import { mention } from "./decision-text.ts";
import { formatAmount } from "./money.ts";

export function agendaTitle(meeting: string): string {
  return `Board meeting ${meeting}: agenda`;
}

export function agendaMarker(meeting: string): string {
  return marker(`agenda ${meeting}`);
}

type MaybeAgenda = { body?: string | null; user?: { login?: string } | null };

/**
 * Whether an issue is the agenda of this meeting: opened by wgbot's own account, its body starting with the marker.
 * An issue anyone else opens with that marker is an ordinary issue: never edited, closed or taken as the agenda.
 */
export function isAgendaOf(issue: MaybeAgenda, meeting: string, self: Self): boolean {
  return isSelf(self, issue.user) && markerName(issue.body) === `agenda ${meeting}`;
}

/** Any agenda of wgbot's own (or a duplicate it closed as such): never an item on an agenda. */
export function isAgendaIssue(issue: MaybeAgenda, self: Self): boolean {
  const name = markerName(issue.body) ?? "";
  return isSelf(self, issue.user) && (name.startsWith("agenda ") || name.startsWith("agenda-duplicate "));
}

/** The text a duplicate agenda is left with when it is closed. */
export function duplicateAgendaBody(meeting: string, kept: number): string {
  return `${marker(`agenda-duplicate ${meeting}`)}\nThe agenda of the board meeting on ${meeting} is #${kept}.\n`;
}

/** Whether an item on a meeting's milestone belongs on its agenda: escalated, at risk, or decided. */
export function onAgenda(item: Pick<BoardItem, "labels">, config: Config): boolean {
  const L = config.labels;
  return [L.board_review, L.at_risk, L.approved, L.declined, L.deferred].some((l) => item.labels.includes(l));
}

export interface AgendaEntry {
  item: BoardItem;
  records: readonly DecisionRecord[];
}

export interface AgendaInput {
  meeting: string;
  entries: readonly AgendaEntry[];
  config: Config;
  /** The comment templates, loaded by the caller (gather/comment-templates.ts). */
  templates: Templates;
  /** The work groups' reports section, markers included (decide/agenda-reports.ts); none when empty. */
  reports?: string;
  /** The repository owner, for the board team's mention (`@owner/board`) when `teams.mention_board` is on. */
  owner?: string;
}

/** The whole body of the agenda issue, marker first. */
export function renderAgenda({ meeting, entries, config, templates, reports, owner }: AgendaInput): string {
  const base = config.base_currency;
  const threshold = formatAmount(config.grants.board_threshold, base);
  const headings: Record<ItemKind, string> = {
    charter: "Charter proposals",
    grant: `Grant requests over ${threshold}`,
    report: "Reports that ask the board for something",
    "at-risk": "Work groups at risk",
    renewal: "Charters due for renewal",
    other: "Other items",
  };
  const byKind = new Map<ItemKind, AgendaEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.item.number - b.item.number)) {
    const kind = itemKind(entry.item, config);
    byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
  }
  const sections = ITEM_KINDS.filter((k) => byKind.has(k)).map((kind) => {
    const rows = (byKind.get(kind) ?? []).map((entry) => row(entry, kind, meeting, config));
    return {
      heading: headings[kind],
      grants: kind === "grant",
      rows,
      chart: kind === "grant" ? grantChart(rows, base) : undefined,
    };
  });
  // A deferred item is shown with its deferral but is still to decide: only approvals and declines count.
  const decided = entries.filter((e) => decisionOf(e, config)?.final).length;
  const total = entries.length;
  const intro =
    total === 0
      ? reports
        ? "No item to decide is on this meeting's agenda yet; the work groups' reports are below."
        : "Nothing is on this meeting's agenda yet."
      : `${total} ${total === 1 ? "item" : "items"} on milestone *${milestoneTitle(meeting)}*${decided > 0 ? `, ${decided} decided` : ""}.`;
  // The same mention on every refresh: GitHub notifies the team when the agenda is opened, and an edit that keeps
  // a mention notifies no one again.
  const boardTeam = config.teams.mention_board && owner ? `@${owner}/${config.teams.board}` : undefined;
  const view = { meeting, intro, sections, reports: reports || undefined, boardTeam };
  return `${agendaMarker(meeting)}\n${render(templates, "agenda", view)}`;
}

interface Row {
  number: number;
  title: string;
  opened: string;
  age: string;
  requested?: string;
  requestedValue?: number;
  recommendation?: string;
  recommendedValue?: number;
  decision: string;
  /** A grant request still undecided past its decision target by the meeting. */
  pastTarget?: string;
}

function row(entry: AgendaEntry, kind: ItemKind, meeting: string, config: Config): Row {
  const { item, records } = entry;
  const opened = item.createdAt.slice(0, 10);
  const days = Math.max(0, daysBetween(parseDate(opened), parseDate(meeting)));
  const base: Row = {
    number: item.number,
    title: escapeMarkdown(truncate(item.title, 80)),
    opened,
    age: `${days} ${days === 1 ? "day" : "days"}`,
    decision: decisionOf(entry, config)?.text ?? (item.state === "closed" ? "Closed" : "To decide"),
  };
  if (kind !== "grant") return base;
  const requested = grantAmount(item, config);
  const recommendation = latest(records, "recommend");
  const pastTarget = targetMark(entry, meeting, config);
  return {
    ...base,
    ...(pastTarget ? { pastTarget } : {}),
    requested: requested?.text ?? "unreadable",
    requestedValue: requested?.inBase,
    recommendation: recommendation
      ? `${recommendation.decision === "approve" ? "Approve" : "Decline"}${recommendation.amount === undefined ? "" : ` ${formatAmount(recommendation.amount, recommendation.currency ?? config.base_currency)}`} (${mention(recommendation.by)}, ${recommendation.at.slice(0, 10)})`
      : "none yet",
    recommendedValue: recommendation
      ? recommendation.decision === "approve"
        ? (recommendation.amount ?? requested?.inBase ?? 0)
        : 0
      : undefined,
  };
}

/**
 * "⏰ past its decision target (2027-03-01)" for an open grant request still undecided when its target
 * (decide/decision-target.ts) has passed by the meeting day, the day ages are counted to. The words carry the
 * meaning, for screen readers too; the emoji only catches the eye.
 */
function targetMark(entry: AgendaEntry, meeting: string, config: Config): string | undefined {
  const { item } = entry;
  if (item.state !== "open" || decisionOf(entry, config)?.final) return undefined;
  const { date: target } = requestTarget(item, config);
  return pastDecisionTarget(target, parseDate(meeting))
    ? `⏰ past its decision target (${target})`
    : undefined;
}

/**
 * The board's decision as the agenda shows it, and whether it is final (approved or declined; a deferral is shown
 * but leaves the item to decide), or undefined while nothing is recorded.
 */
function decisionOf(
  { item, records }: AgendaEntry,
  config: Config,
): { text: string; final: boolean } | undefined {
  const L = config.labels;
  const board = latest(records, "board");
  if (board) {
    const amount =
      board.amount === undefined
        ? ""
        : ` ${formatAmount(board.amount, board.currency ?? config.base_currency)}`;
    const who = `(${mention(board.by)}, ${board.at.slice(0, 10)})`;
    if (board.outcome === "approved") return { text: `**Approved**${amount} ${who}`, final: true };
    if (board.outcome === "declined") return { text: `**Declined** ${who}`, final: true };
    if (board.outcome === "deferred") return { text: `To decide (deferred ${who})`, final: false };
  }
  if (item.labels.includes(L.approved)) return { text: "**Approved**", final: true };
  if (item.labels.includes(L.declined)) return { text: "**Declined**", final: true };
  return undefined;
}

/** A Mermaid chart of requested (bars) and recommended (line) amounts. Only numbers and `#n` labels reach it. */
function grantChart(rows: Row[], base: string): string | undefined {
  const charted = rows.filter((r) => r.requestedValue !== undefined);
  if (charted.length === 0) return undefined;
  const values = (pick: (r: Row) => number) => `[${charted.map((r) => Math.round(pick(r))).join(", ")}]`;
  return [
    "xychart-beta",
    `  title "Requested (bars) and recommended (line), ${base}"`,
    `  x-axis [${charted.map((r) => `"#${r.number}"`).join(", ")}]`,
    `  y-axis "${base}"`,
    `  bar ${values((r) => r.requestedValue ?? 0)}`,
    `  line ${values((r) => r.recommendedValue ?? 0)}`,
  ].join("\n");
}
