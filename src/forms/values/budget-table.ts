/**
 * A budget written as a Markdown table: columns are recognised by their headers (item/description, cost/amount,
 * essential/priority, category, currency); each row becomes an item as a line would.
 */
import { quote } from "../markdown.ts";
import { add, type BudgetOptions, chooseCost, currencyFor, type ParsedBudget } from "./budget-item.ts";
import { bare, cleanDescription, essentialOf, isSubtotal, isTotal } from "./budget-words.ts";
import { currencyMarkers, scanAmounts } from "./money.ts";

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

export function isTableStart(lines: readonly string[], i: number): boolean {
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
export function parseTable(
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
