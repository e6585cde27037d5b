/** An approved grant records what was granted, never more than was requested; a declined one grants nothing. */
import { defineRule } from "../rule.ts";
import { type LedgerInput, money } from "./input.ts";

export const ledgerGranted = defineRule<LedgerInput>({
  id: "granted",
  code: "rule.ledger-granted",
  severity: "error",
  configKeys: [],
  check({ record }, _config, _now, report) {
    if (record.outcome === "declined") {
      const keys = (["granted", "granted_base"] as const).filter((k) => record[k] !== undefined);
      return keys.map((k) =>
        report(
          [k],
          `A declined request grants nothing, but \`${k}\` is set.`,
          `Remove \`${k}\`, or set \`outcome: approved\`.`,
        ),
      );
    }
    const missing = (["granted", "granted_base"] as const).filter((k) => record[k] === undefined);
    if (missing.length > 0)
      return missing.map((k) =>
        report([], `An approved grant needs \`${k}\`: how much was granted.`, `Add \`${k}\`.`),
      );
    if ((record.granted as number) > record.requested)
      return [
        report(
          ["granted"],
          `${money(record.granted as number, record.currency)} granted is more than the ${money(record.requested, record.currency)} requested.`,
          "A grant may be less than the request, never more: check both amounts.",
        ),
      ];
    return [];
  },
});
