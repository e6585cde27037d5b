/** The amount requested must be in a currency the config has a rate for: the thresholds are in the base currency. */
import { defineRule } from "../../../validate/rules/rule.ts";
import { amountInBase, MONEY_KEYS, unknownCurrency } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const requestedCurrency = defineRule<GrantInput>({
  id: "requested-currency",
  code: "rule.grant-unknown-currency",
  severity: "error",
  configKeys: MONEY_KEYS,
  check({ request }, config, _now, report) {
    if (amountInBase(request, config) !== undefined) return [];
    return [report(["requested", "currency"], ...unknownCurrency(config, request.requested.currency))];
  },
});
