/**
 * The amounts in the base currency are the request's amounts at the recorded rate, to the cent; in the base
 * currency itself the rate is 1. The ledger's totals and the cap add up the base amounts, so they must be right.
 */
import { defineRule } from "../rule.ts";
import { cents, type LedgerInput, money, sameCents } from "./input.ts";

export const ledgerAmounts = defineRule<LedgerInput>({
  id: "amounts",
  code: "rule.ledger-amounts",
  severity: "error",
  configKeys: [],
  check({ record }, _config, _now, report) {
    const { currency, base_currency: base, rate } = record;
    if (currency === base && rate !== 1)
      return [
        report(
          ["rate"],
          `The request is in ${base}, the base currency, so its rate must be 1, not ${rate}.`,
          "Set `rate: 1`.",
        ),
      ];
    const found = [];
    for (const [key, baseKey] of [
      ["requested", "requested_base"],
      ["granted", "granted_base"],
    ] as const) {
      const amount = record[key];
      const inBase = record[baseKey];
      if (amount === undefined || inBase === undefined) continue;
      const expected = cents(amount * rate);
      if (!sameCents(inBase, expected))
        found.push(
          report(
            [baseKey],
            `\`${baseKey}\` is ${money(inBase, base)}, but ${money(amount, currency)} at ${rate} is ${money(expected, base)}.`,
            `Set \`${baseKey}: ${expected}\`, or correct \`${key}\` or \`rate\`.`,
          ),
        );
    }
    return found;
  },
});
