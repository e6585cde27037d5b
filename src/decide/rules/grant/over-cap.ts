/**
 * The current PSF Grants WG charter caps grants by type (8,000 USD per conference, 1,500 per workshop; the
 * `psf-2026` preset carries them in `grants.caps`). Over the cap the request cannot be granted as asked: an error.
 */

import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS, requestedText, TYPE_NAMES } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export const overCap = defineRule<GrantInput>({
  id: "over-cap",
  code: "rule.grant-over-cap",
  severity: "error",
  configKeys: ["grants.caps", ...MONEY_KEYS],
  check({ request }, config, _now, report) {
    const cap = config.grants.caps[request.grant_type];
    const inBase = amountInBase(request, config);
    if (cap === undefined || inBase === undefined || roundCents(inBase) <= cap) return [];
    const money = formatAmount(cap, config.base_currency);
    return [
      report(
        ["requested", "amount"],
        `A ${TYPE_NAMES[request.grant_type]} grant is capped at ${money}; this request is for ${requestedText(request, config)}.`,
        `Lower the amount requested to at most ${money}, and the budget with it.`,
      ),
    ];
  },
});
