/**
 * The budget as the grant rules read it: each item's cost in the base and the requested currency, and the kinds
 * of items not covered it falls under (psf: swag; psf-2026 adds prizes, personal travel and hackathons; matched as
 * not-covered-match.ts says).
 */
import type { Config } from "../../../config/types.ts";
import type { BudgetItem, GrantRequest } from "../../../generated/grant.ts";
import { convert } from "../../money.ts";
import { kindsNamed } from "./not-covered-match.ts";

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

/** The names of the kinds of items not covered that this budget item names (in its description or category). */
export function notCoveredKinds(
  item: Pick<BudgetItem, "description" | "category">,
  config: Config,
): string[] {
  // The category may say whose the item is ("Hotel" under "organisers"): read together too.
  const texts = item.category
    ? [item.description, item.category, `${item.description} ${item.category}`]
    : [item.description];
  return kindsNamed(texts, config.grants.not_covered);
}
