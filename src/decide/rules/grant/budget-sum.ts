/**
 * PSF Grants: a budget must be detailed, each item tied to a specific cost, so the items that count must add up to
 * the amount requested (within 1 unit of the requested currency, for rounding). When the items not covered make
 * the difference, it says so and how to fix it.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount } from "../../money.ts";
import type { BudgetLine } from "./budget.ts";
import { MONEY_KEYS, quote } from "./figures.ts";
import type { GrantInput } from "./input.ts";

/** Budget sums may differ from the amount requested by this much (in the requested currency): rounding. */
export const SUM_TOLERANCE = 1;

export const budgetSum = defineRule<GrantInput>({
  id: "budget-sum",
  code: "rule.grant-budget-sum",
  severity: "error",
  configKeys: ["grants.not_covered", ...MONEY_KEYS],
  check({ request, budget: lines }, _config, _now, report) {
    const { amount, currency } = request.requested;
    const excludedLines = lines.filter((l) => l.notCovered.length > 0);
    const counted = sum(lines.filter((l) => l.notCovered.length === 0));
    // An item that cannot be converted has its own error; the sums are not compared then.
    if (counted === undefined || Math.abs(counted - amount) <= SUM_TOLERANCE) return [];
    const money = (n: number) => formatAmount(n, currency);
    const diff = counted - amount;
    const items = excludedLines.length > 0 ? "The budget items that are covered" : "The budget items";
    let message = `${items} add up to ${money(counted)}, but the amount requested is ${money(amount)}: ${money(Math.abs(diff))} ${diff < 0 ? "less" : "more"}.`;
    let hint = "Make them match: correct a cost, add the missing item, or change the amount requested.";
    if (excludedLines.length > 0) {
      const parts = excludedLines
        .map((l) => `${quote(l.item.description)}: ${formatAmount(l.item.cost, l.currency)}`)
        .join("; ");
      const excluded = sum(excludedLines);
      const explains = excluded !== undefined && Math.abs(counted + excluded - amount) <= SUM_TOLERANCE;
      message += explains
        ? ` The difference is the items that are not covered (${parts}), which are not counted.`
        : ` Items that are not covered (${parts}) are not counted.`;
      if (explains) {
        hint = `Lower the amount requested to ${money(counted)} and remove the items that are not covered.`;
      }
    }
    return [report(["budget"], message, hint)];
  },
});

/** The lines' costs in the requested currency; undefined when one cannot be converted. */
function sum(lines: readonly BudgetLine[]): number | undefined {
  let total: number | undefined = 0;
  for (const l of lines)
    total = total === undefined || l.inRequested === undefined ? undefined : total + l.inRequested;
  return total;
}
