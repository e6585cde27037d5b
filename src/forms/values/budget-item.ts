/**
 * One item of a budget, from the cost found on its line (or table row): its shape, the cost among the line's
 * numbers, its currency, and the checks every item goes through whatever way it was written.
 */
import { lowerFirst, quote } from "../markdown.ts";
import { guessCategory } from "./budget-category.ts";
import { isSubtotal, isTotal } from "./budget-words.ts";
import { type AmountToken, checkCurrency, type MoneyConfig, pickCurrency, resolveCurrency } from "./money.ts";

export interface BudgetLine {
  description: string;
  cost: number;
  /** ISO 4217 code, when one was written (on the line, in its table row, or in the cost column's header). */
  currency?: string;
  essential: boolean;
  /** Guessed from keywords, or the table's category column: venue, catering, travel, accessibility, childcare,
   * swag, speakers, av, marketing, other. */
  category: string;
  /**
   * Whether the applicant wrote `category` (a table's category column). A guess is a convenience for reading, never
   * the applicant's word: a rule that judges the item (not covered, too vague) must not take "merch" guessed from
   * "merchant fees" for a category the applicant chose.
   */
  categoryGiven: boolean;
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

export const LINE_HINT =
  "Write one item per line with its cost, e.g. `- Venue rental: 6,000 USD (essential)`.";

export function add(
  out: ParsedBudget,
  item: Omit<BudgetLine, "category" | "categoryGiven"> & { category?: string; content: string },
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
    categoryGiven: Boolean(rest.category),
    line: rest.line,
  };
  if (rest.currency) built.currency = rest.currency;
  out.items.push(built);
}

/** The cost among a line's numbers: the last one with a currency, else the last that is not a count or year. */
export function chooseCost(tokens: readonly AmountToken[], content: string): AmountToken | undefined {
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

export function currencyFor(
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
