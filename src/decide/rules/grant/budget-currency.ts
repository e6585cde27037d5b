/**
 * A budget item in another currency than the amount requested needs a rate too, or the budget cannot be added up.
 * (An item in the requested currency shares its rate; requested-currency.ts reports that one.)
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { MONEY_KEYS, unknownCurrency } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const budgetCurrency = defineRule<GrantInput>({
  id: "budget-currency",
  code: "rule.grant-unknown-currency",
  severity: "error",
  configKeys: MONEY_KEYS,
  check({ request, budget }, config, _now, report) {
    return budget
      .filter((l) => l.currency !== request.requested.currency && l.inBase === undefined)
      .map((l) => report(["budget", l.index, "currency"], ...unknownCurrency(config, l.currency)));
  },
});
