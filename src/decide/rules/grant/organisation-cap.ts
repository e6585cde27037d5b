/**
 * The current PSF Grants WG charter caps what one organisation is granted in a year (15,000 USD;
 * `grants.organisation_cap_per_year` in the psf-2026 preset). What it was already granted comes from the grants
 * ledger (grants/<year>/), matched on the organisation's normalised name or its website. Over the cap, the request
 * cannot be granted as asked: an error that says how much is left.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { grantedThisYear, grantsListed } from "./organisation-granted.ts";

export const organisationCap = defineRule<GrantInput>({
  id: "organisation-cap",
  code: "rule.grant-organisation-cap",
  severity: "error",
  configKeys: ["grants.organisation_cap_per_year", "paths.grants", ...MONEY_KEYS],
  check(input, config, now, report) {
    const cap = config.grants.organisation_cap_per_year;
    const inBase = amountInBase(input.request, config);
    if (cap <= 0 || inBase === undefined) return [];
    const { year, granted } = grantedThisYear(input, now);
    const total = roundCents(granted.total + inBase);
    if (total <= cap) return [];
    const base = config.base_currency;
    const name = input.request.organisation.name;
    const money = (n: number) => formatAmount(n, base);
    const left = roundCents(cap - granted.total);
    const already =
      granted.grants.length === 0
        ? ""
        : `${name} was already granted ${money(granted.total)} in ${year} (${grantsListed(granted.grants, base)}); with this request, that is ${money(total)}. `;
    return [
      report(
        ["requested", "amount"],
        `${already}The foundation grants at most ${money(cap)} to one organisation in a year.`,
        left > 0
          ? `Lower the amount requested to at most ${money(left)}, and the budget with it.`
          : `${name} has reached the cap for ${year}; a grant decided in ${year + 1} counts toward the next year's cap.`,
      ),
    ];
  },
});
