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
import { headingOf, isNothing, lowerFirst, quote, splitLines, stripBullet } from "../markdown.ts";
import {
  add,
  type BudgetOptions,
  chooseCost,
  currencyFor,
  LINE_HINT,
  type ParsedBudget,
} from "./budget-item.ts";
import { isTableStart, parseTable } from "./budget-table.ts";
import { cleanDescription, essentialOf, isSectionLabel, isSubtotal, isTotal } from "./budget-words.ts";
import { scanAmounts } from "./money.ts";

export { guessCategory } from "./budget-category.ts";
// The parser's result and options, and the category guess, are part of its interface.
export type { BudgetLine, BudgetOptions, BudgetProblem, BudgetTotal, ParsedBudget } from "./budget-item.ts";

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
