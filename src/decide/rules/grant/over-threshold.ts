/**
 * PSF Grants: a request over 10,000 USD (`grants.board_threshold`) goes to the board, with the Grants WG's
 * recommendation. Not a problem with the request: a note, so the applicant knows who decides.
 */

import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount } from "../../money.ts";
import { isOverThreshold, MONEY_KEYS, requestedText } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const overThreshold = defineRule<GrantInput>({
  id: "over-threshold",
  code: "rule.grant-over-threshold",
  severity: "note",
  label: "over_threshold",
  configKeys: ["grants.board_threshold", ...MONEY_KEYS],
  check({ request }, config, _now, report) {
    if (!isOverThreshold(request, config)) return [];
    const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
    return [
      report(
        ["requested", "amount"],
        `The amount requested, ${requestedText(request, config)}, is over ${threshold}: the Grants WG reviews the request and makes a recommendation, then the board decides.`,
      ),
    ];
  },
});
