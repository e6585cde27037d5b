/**
 * PSF Grants: a budget must be detailed, each item tied to a specific cost, so the items that count must add up to
 * the amount requested (within 1 unit of the requested currency, for rounding). Items not covered are not counted;
 * when they are the whole difference, the not-covered rule has said all there is to say.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount } from "../../money.ts";
import type { BudgetLine } from "./budget.ts";
import { MONEY_KEYS } from "./figures.ts";
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
    // The items not covered are reported once, by the not-covered rule, which asks to remove them and their cost
    // from the amount requested: when they are the whole difference, there is nothing more to say here.
    const excluded = sum(excludedLines);
    if (
      excluded !== undefined &&
      excludedLines.length > 0 &&
      Math.abs(counted + excluded - amount) <= SUM_TOLERANCE
    )
      return [];
    const money = (n: number) => formatAmount(n, currency);
    const diff = counted - amount;
    const items =
      excludedLines.length > 0
        ? "The budget items that are covered (not counting those not covered, above)"
        : "The budget items";
    const message = `${items} add up to ${money(counted)}, but the amount requested is ${money(amount)}: ${money(Math.abs(diff))} ${diff < 0 ? "less" : "more"}.`;
    const hint = "Make them match: correct a cost, add the missing item, or change the amount requested.";
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
