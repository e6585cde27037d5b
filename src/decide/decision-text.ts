/** The text of a decision's reply: what happens next, the recommendation it follows, the record block at its end. */
import type { Config } from "../config/types.ts";
import { escapeMarkdown, inlineCode, neutraliseMentions } from "../render/escape.ts";
import { render, type Templates } from "../render/handlebars.ts";
import { truncate } from "../util/text.ts";
import type { ItemKind } from "./board-item.ts";
import { charterBranch, charterPath } from "./charter-file.ts";
import { closeReason } from "./decision-effects.ts";
import { type DecisionRecord, type RecordedOutcome, recordBlock } from "./decision-record.ts";
import { formatAmount } from "./money.ts";

const KIND_NAMES: Record<ItemKind, string> = {
  charter: "work group proposal",
  grant: "grant request",
  report: "report",
  "at-risk": "item",
  renewal: "item",
  other: "item",
};

export function boardNext(
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

export function recommendationText(r: DecisionRecord, base: string): string {
  const what =
    r.decision === "approve"
      ? `approving ${r.amount === undefined ? "the request" : formatAmount(r.amount, r.currency ?? base)}`
      : "declining the request";
  return `The Grants WG recommended ${what} (${mention(r.by)}, ${day(r.at)}).`;
}

export function meetingSentence(meeting: string | undefined): string {
  return meeting
    ? `It is on the agenda of the board meeting on **${meeting}** (milestone *Board meeting ${meeting}*).`
    : "No board meeting is scheduled yet: it goes on the agenda of the next one once the calendar has it.";
}

export function renderRecord(
  templates: Templates,
  view: {
    title: string;
    summary: string;
    recommendation?: string;
    note?: string;
    next: string;
    record: DecisionRecord;
  },
): string {
  return render(templates, "decision-record", {
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

export function day(iso: string): string {
  return iso.slice(0, 10);
}
