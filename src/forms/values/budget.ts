/**
 * A budget as people type it in a textarea: one item per line (`- Venue rental: 6000 USD (essential)`,
 * `* Catering — $2,500`, `1. Captioning 1,500 USD essential`, `Travel grants: 3.000 €`, `Hotel 3 x 120 EUR`),
 * or a Markdown table whose columns are recognised by their headers (item/description, cost/amount,
 * essential/priority, category, currency).
 *
 * When a line holds several numbers, the cost is the last one written with a currency, else the last one that
 * is not a count (`2 days`, `150 people`), a date or a year. A `Total` line is returned as the total, not as an
 * item, so a rule can compare it with the sum; subtotals are skipped. Section labels (`Venue costs:`, `**AV**`,
 * a heading) are skipped. Any other line without a cost is a problem for that line, never silently dropped.
 * Linear in the text: 10,000 lines take milliseconds.
 */
import { headingOf, isNothing, lowerFirst, quote, splitLines, stripBullet, stripChars } from "../markdown.ts";
import {
  type AmountToken,
  checkCurrency,
  currencyMarkers,
  type MoneyConfig,
  pickCurrency,
  resolveCurrency,
  scanAmounts,
} from "./money.ts";

export interface BudgetLine {
  description: string;
  cost: number;
  /** ISO 4217 code, when one was written (on the line, in its table row, or in the cost column's header). */
  currency?: string;
  essential: boolean;
  /** Guessed from keywords, or the table's category column: venue, catering, travel, accessibility, childcare,
   * swag, speakers, av, marketing, other. */
  category: string;
  /** Line number, counted from `firstLine`. */
  line: number;
}

export interface BudgetTotal {
  amount: number;
  currency?: string;
  line: number;
}

export interface BudgetProblem {
  line: number;
  /** Says what is wrong with the line, quoting it; no line number (the caller knows how to say where). */
  message: string;
  hint: string;
}

export interface ParsedBudget {
  items: BudgetLine[];
  /** The total people wrote (`Total: 12,000 USD`), if any: the last one. */
  total?: BudgetTotal;
  problems: BudgetProblem[];
}

export interface BudgetOptions {
  /** Checks currencies against its rates, and decides what `$` means. */
  config?: MoneyConfig;
  /** Number of the text's first line: 1 (default) for lines within the answer, the answer's line for the body. */
  firstLine?: number;
}

const LINE_HINT = "Write one item per line with its cost, e.g. `- Venue rental: 6,000 USD (essential)`.";

export function parseBudget(text: string, options: BudgetOptions = {}): ParsedBudget {
  const out: ParsedBudget = { items: [], problems: [] };
  if (isNothing(text)) return out;
  const lines = splitLines(text);
  const first = options.firstLine ?? 1;
  let i = 0;
  while (i < lines.length) {
    if (isTableStart(lines, i)) {
      i = parseTable(lines, i, first, options, out);
      continue;
    }
    parseLine(lines[i] as string, first + i, options, out);
    i++;
  }
  return out;
}

const SKIP = /^(?:`{3,}|~{3,}|-{3,}|\*{3,}|_{3,}|<!--.*-->)/;

function parseLine(raw: string, line: number, options: BudgetOptions, out: ParsedBudget): void {
  const trimmed = raw.replace(/\s+/g, " ").trim().replace(/^> ?/, ""); // one space at most: see cleanDescription
  if (trimmed === "" || isNothing(trimmed) || SKIP.test(trimmed)) return;
  if (/^~~.*~~$/.test(stripBullet(trimmed))) return; // struck out
  const heading = headingOf(trimmed);
  const content = heading ? heading.text : stripBullet(trimmed);
  const tokens = scanAmounts(content, options.config);
  const token = chooseCost(tokens, content);
  if (!token) {
    if (heading || isSectionLabel(content) || isTotal(content) || isSubtotal(content)) return;
    out.problems.push({ line, message: `${quote(content)} has no cost.`, hint: LINE_HINT });
    return;
  }
  if (!token.value.ok) {
    out.problems.push({
      line,
      message: `${quote(content)}: ${lowerFirst(token.value.message)}`,
      hint: token.value.hint,
    });
    return;
  }
  let cost = token.value.value;
  let start = Math.min(token.start, token.currency?.start ?? token.start);
  const end = Math.max(token.end, token.currency?.end ?? token.end);
  let note = "";
  const times = /(?<![\d.,])(\d{1,4})\s*[x×*]\s*$/i.exec(content.slice(0, start));
  if (times) {
    const count = Number(times[1]);
    note = ` (${count} × ${content.slice(start, end).trim()})`;
    cost = Math.round(cost * count * 100) / 100;
    start = times.index;
  }
  const currency = currencyFor(content, token, options, line, out);
  const { essential, rest } = essentialOf(`${content.slice(0, start)} ${content.slice(end)}`);
  const cleaned = cleanDescription(rest);
  const description = cleaned + (cleaned ? note : "");
  add(out, { description, cost, currency, essential, line, content });
}

function add(
  out: ParsedBudget,
  item: Omit<BudgetLine, "category"> & { category?: string; content: string },
): void {
  const { content, ...rest } = item;
  if (isSubtotal(rest.description)) return;
  if (isTotal(rest.description)) {
    out.total = { amount: rest.cost, currency: rest.currency, line: rest.line };
    return;
  }
  if (rest.description === "") {
    out.problems.push({
      line: rest.line,
      message: `${quote(content)} has a cost but does not say what it is for.`,
      hint: LINE_HINT,
    });
    return;
  }
  const category = rest.category || guessCategory(rest.description);
  const built: BudgetLine = {
    description: rest.description,
    cost: rest.cost,
    essential: rest.essential,
    category,
    line: rest.line,
  };
  if (rest.currency) built.currency = rest.currency;
  out.items.push(built);
}

/** The cost among a line's numbers: the last one with a currency, else the last that is not a count or year. */
function chooseCost(tokens: readonly AmountToken[], content: string): AmountToken | undefined {
  const costs = tokens.filter((t) => !t.quantity);
  const withCurrency = costs.filter((t) => t.currency);
  if (withCurrency.length > 0) return withCurrency[withCurrency.length - 1];
  const plain = costs.filter((t) => !looksLikeYear(t, content));
  return plain[plain.length - 1];
}

/** "PyCon 2027" holds a year, not a cost; "Catering: 2027" would still be read as one. */
function looksLikeYear(token: AmountToken, content: string): boolean {
  return /^20[2-9]\d$/.test(token.raw) && !/[:=—–|-]\s*$/.test(content.slice(0, token.start));
}

function currencyFor(
  content: string,
  token: AmountToken,
  options: BudgetOptions,
  line: number,
  out: ParsedBudget,
  fallback?: string,
): string | undefined {
  const picked = pickCurrency(content, token, options.config);
  if (!picked.ok) {
    out.problems.push({ line, message: picked.message, hint: picked.hint });
    return undefined;
  }
  const written = picked.value ?? fallback;
  if (written === undefined) return undefined;
  const code = resolveCurrency(written, options.config);
  if (options.config) {
    const checked = checkCurrency(code, options.config, written);
    if (!checked.ok)
      out.problems.push({
        line,
        message: `${quote(content)}: ${lowerFirst(checked.message)}`,
        hint: checked.hint,
      });
  }
  return code;
}

const NOT_ESSENTIAL =
  /[([]?\s*\b(?:non[- ]?essential|not essential|optional|nice[- ]to[- ]have|if funds allow)\b\s*[)\]]?/gi;
const ESSENTIAL =
  /[([]?\s*\*{0,2}\bessential\b\*{0,2}\s*[)\]]?|[([]\s*(?:required|must[- ]have|critical|mandatory)\s*[)\]]/gi;

const IS_NOT_ESSENTIAL = new RegExp(NOT_ESSENTIAL.source, "i");
const IS_ESSENTIAL = new RegExp(ESSENTIAL.source, "i");

/** The essential marker of a line, and the line without it. Unmarked items are not essential. */
function essentialOf(text: string): { essential: boolean; rest: string } {
  if (IS_NOT_ESSENTIAL.test(text)) return { essential: false, rest: text.replace(NOT_ESSENTIAL, " ") };
  if (IS_ESSENTIAL.test(text)) return { essential: true, rest: text.replace(ESSENTIAL, " ") };
  return { essential: false, rest: text };
}

/**
 * What is left of a line once its cost and markers are gone, tidied: "Venue rental: ()" → "Venue rental".
 * Whitespace is collapsed first, so no pattern below meets a long run of spaces (quadratic backtracking).
 */
function cleanDescription(text: string): string {
  let t = text
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .replace(/\( ?[-–—:,]? ?\)|\[ ?\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = stripChars(t, " :=|,;—–-", "start");
  for (let before = ""; before !== t; ) {
    before = t;
    t = stripChars(t, " :=|,;—–@(~-", "end").replace(/ (?:at|for|approx\.?|about|ca\.?)$/i, "");
  }
  return t;
}

function bare(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .trim()
    .toLowerCase();
}

function isTotal(text: string): boolean {
  const t = stripChars(bare(text), ":= \t-", "end");
  return !isSubtotal(t) && (/^(?:grand\s+)?total\b/.test(t) || /\btotal$/.test(t));
}

function isSubtotal(text: string): boolean {
  return /\bsub-?\s?totals?\b/.test(bare(text));
}

/** "Venue costs:", "**Accessibility**", "Essential items:" — a label over the lines that follow. */
function isSectionLabel(text: string): boolean {
  const t = text.trim();
  return /:$/.test(t) || /^(\*\*|__)[^*_]+(\*\*|__):?$/.test(t);
}

const CATEGORIES: readonly [string, RegExp][] = [
  [
    "accessibility",
    /\b(?:caption\w*|cart|sign[- ]language|interpret\w*|accessib\w*|a11y|wheelchair|ramps?|transcri\w*|hearing loop|braille)\b/i,
  ],
  [
    "childcare",
    /\b(?:child ?care|cr[eè]ches?|babysit\w*|nann(?:y|ies)|daycare|kids'? (?:room|area|corner))\b/i,
  ],
  [
    "swag",
    /\b(?:swag|t-?shirts?|tees|shirts?|stickers?|merch\w*|giveaways?|hoodies?|mugs?|tote bags?|lanyards?|prizes?)\b/i,
  ],
  [
    "travel",
    /\b(?:travel\w*|flights?|air ?fares?|trains?|bus(?:es)?|transport\w*|visas?|accommodation|lodging|hotels?|per diems?)\b/i,
  ],
  [
    "speakers",
    /\b(?:speakers?|keynotes?|honorari(?:um|a)|presenters?|instructors?|trainers?|facilitators?)\b/i,
  ],
  [
    "av",
    /\b(?:av|a\/v|audio\w*|video\w*|recordings?|projectors?|microphones?|mics?|streaming|live ?stream\w*|cameras?|sound|screens?)\b/i,
  ],
  [
    "catering",
    /\b(?:catering|food|lunch(?:es)?|coffee|snacks?|meals?|dinners?|breakfasts?|drinks?|beverages?|refreshments?|pizza|tea)\b/i,
  ],
  ["marketing", /\b(?:marketing|advertis\w*|ads|promotion\w*|social media|flyers?|posters?|banners?)\b/i],
  ["venue", /\b(?:venues?|rooms?|halls?|space|rental|hire|auditorium|conference cent(?:re|er)|deposit)\b/i],
];

/** "Live captioning" → accessibility; "Speaker travel" → travel; nothing recognised → other. */
export function guessCategory(description: string): string {
  for (const [category, pattern] of CATEGORIES) if (pattern.test(description)) return category;
  return "other";
}

// --- Markdown tables -------------------------------------------------------------------------------------

type Role = "description" | "cost" | "essential" | "category" | "currency";

function cells(line: string): string[] {
  const t = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\s+/g, " ").trim().replace(/\\\|/g, "|"));
}

function isSeparatorRow(line: string): boolean {
  return line.includes("-") && cells(line).every((c) => /^:?-+:?$/.test(c));
}

function isTableStart(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return (lines[i] as string).includes("|") && next !== undefined && isSeparatorRow(next);
}

function roleOf(header: string): Role | undefined {
  const h = bare(header);
  if (/essential|priority|required|must|critical|needed|necessary/.test(h)) return "essential";
  if (/categor|type|kind|group/.test(h)) return "category";
  if (/^(?:currency|ccy|cur)$/.test(h)) return "currency";
  if (/item|description|what|expense|name|purpose|details?|line/.test(h)) return "description";
  if (/cost|amount|price|total|sum|budget|value|fund|request|usd|eur|gbp|[$€£]/.test(h)) return "cost";
  return undefined;
}

const TRUTHY = /^(?:yes|y|true|x|✓|✔|✅|essential|high|must(?: have)?|required|critical|mandatory|\*)$/i;

/** Reads a table starting at its header row; returns the index of the first line after it. */
function parseTable(
  lines: readonly string[],
  headerIndex: number,
  first: number,
  options: BudgetOptions,
  out: ParsedBudget,
): number {
  const headers = cells(lines[headerIndex] as string);
  const column: Partial<Record<Role, number>> = {};
  headers.forEach((h, k) => {
    const role = roleOf(h);
    if (role && column[role] === undefined) column[role] = k;
  });
  if (column.description === undefined) {
    const free = headers.findIndex((h, k) => roleOf(h) === undefined && k !== column.cost);
    column.description = free >= 0 ? free : column.cost === 0 ? 1 : 0;
  }
  const costHeader = column.cost === undefined ? "" : (headers[column.cost] ?? "");
  const headerCurrency = currencyMarkers(costHeader, options.config)[0]?.code;
  let i = headerIndex + 2;
  for (; i < lines.length; i++) {
    const row = lines[i] as string;
    if (!row.includes("|") || row.trim() === "") break;
    const line = first + i;
    const c = cells(row);
    if (c.every((x) => x === "")) continue;
    const description = c[column.description] ?? "";
    const costCell =
      column.cost !== undefined
        ? (c[column.cost] ?? "")
        : ([...c]
            .reverse()
            .find((x, k) => c.length - 1 - k !== column.description && scanAmounts(x).length > 0) ?? "");
    const labels = c.filter((_, k) => k !== column.cost);
    if (labels.some(isSubtotal)) continue;
    const totalRow = labels.some(isTotal);
    const tokens = scanAmounts(costCell, options.config);
    const token = chooseCost(tokens, costCell);
    if (!token) {
      if (totalRow) continue;
      out.problems.push({
        line,
        message: `${quote(description || row)} has no cost.`,
        hint: "Write the cost of every row of the table, e.g. `| Venue rental | 6,000 USD | yes |`.",
      });
      continue;
    }
    if (!token.value.ok) {
      out.problems.push({
        line,
        message: `${quote(costCell)}: ${token.value.message}`,
        hint: token.value.hint,
      });
      continue;
    }
    const currencyCell = column.currency !== undefined ? c[column.currency] : undefined;
    const fallback = currencyCell ? currencyMarkers(currencyCell, options.config)[0]?.code : headerCurrency;
    const currency = currencyFor(costCell, token, options, line, out, fallback);
    const marked = essentialOf(description);
    const essentialCell = column.essential !== undefined ? (c[column.essential] ?? "") : undefined;
    const essential = essentialCell !== undefined ? TRUTHY.test(bare(essentialCell)) : marked.essential;
    const category = column.category !== undefined ? bare(c[column.category] ?? "") : "";
    if (totalRow) {
      out.total = { amount: token.value.value, currency, line };
      continue;
    }
    add(out, {
      description: cleanDescription(marked.rest),
      cost: token.value.value,
      currency,
      essential,
      category: category || undefined,
      line,
      content: row,
    });
  }
  return i;
}
