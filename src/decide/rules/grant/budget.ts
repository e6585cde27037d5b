/**
 * The budget as the grant rules read it: each item's cost in the base and the requested currency, and the kinds
 * of items not covered it falls under (psf: swag; psf-2026 adds prizes, personal travel and hackathons).
 */
import type { Config } from "../../../config/types.ts";
import type { BudgetItem, GrantRequest } from "../../../generated/grant.ts";
import { convert } from "../../money.ts";

export interface BudgetLine {
  index: number;
  item: BudgetItem;
  /** The item's currency: its own, or the amount requested's. */
  currency: string;
  /** Undefined when the currency has no rate. */
  inBase: number | undefined;
  inRequested: number | undefined;
  /** The kinds of items not covered it matches; empty when it is covered. */
  notCovered: string[];
}

export function budgetLines(request: GrantRequest, config: Config): BudgetLine[] {
  const requested = request.requested.currency;
  return request.budget.map((item, index) => {
    const currency = item.currency ?? requested;
    return {
      index,
      item,
      currency,
      inBase: convert(config, item.cost, currency, config.base_currency),
      inRequested: convert(config, item.cost, currency, requested),
      notCovered: notCoveredKinds(item, config),
    };
  });
}

/** The items that count (not the ones not covered), in the base currency; NaN when one has no rate. */
export function countedBudget(lines: readonly BudgetLine[]): number {
  return lines.reduce((sum, l) => (l.notCovered.length > 0 ? sum : sum + (l.inBase ?? Number.NaN)), 0);
}

/** The names of the kinds of items not covered found in the budget, each once, in config order. */
export function notCoveredFound(lines: readonly BudgetLine[], config: Config): string[] {
  const found = new Set(lines.flatMap((l) => l.notCovered));
  return config.grants.not_covered.map((k) => k.name).filter((n) => found.has(n));
}

/**
 * Compiled keyword patterns, by keyword: a case-insensitive Unicode pattern costs about a millisecond to compile,
 * and every budget item is matched against every keyword (measured in bench/cold-start.ts). The patterns have no
 * `g` flag, so `test` keeps no state between uses.
 */
const keywordPatterns = new Map<string, RegExp>();

/** Matches a keyword as whole words, case-insensitive; spaces in a keyword match any run of spaces. */
function keywordPattern(keyword: string): RegExp {
  let pattern = keywordPatterns.get(keyword);
  if (!pattern) {
    pattern = compileKeyword(keyword);
    keywordPatterns.set(keyword, pattern);
  }
  return pattern;
}

function compileKeyword(keyword: string): RegExp {
  const body = keyword
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
}

/** The names of the kinds of items not covered that this budget item matches (in its description or category). */
export function notCoveredKinds(
  item: Pick<BudgetItem, "description" | "category">,
  config: Config,
): string[] {
  const texts = [item.description, item.category ?? ""];
  return config.grants.not_covered
    .filter((kind) =>
      kind.keywords.some((k) => k.trim() !== "" && texts.some((t) => keywordPattern(k).test(t))),
    )
    .map((kind) => kind.name);
}
