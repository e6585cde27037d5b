/**
 * What the organisation was already granted this year, from the grants ledger, shown to the applicant and the Grants
 * WG while the request stays within the cap per organisation (over it, ./organisation-cap.ts says so as an error).
 */
import type { GrantRecord } from "../../../generated/ledger.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { type Granted, grantedTo } from "../../ledger-totals.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";

/** The calendar year of `now` (UTC), and what the ledger shows the organisation granted in it. */
export function grantedThisYear(input: GrantInput, now: Date): { year: number; granted: Granted } {
  const year = now.getUTCFullYear();
  return { year, granted: grantedTo(input.ledger, input.request.organisation, year) };
}

/** `#31 9,720 USD, #44 1,200 USD`. */
export function grantsListed(grants: readonly GrantRecord[], base: string): string {
  return grants.map((g) => `#${g.issue} ${formatAmount(g.granted_base ?? 0, base)}`).join(", ");
}

export const organisationGranted = defineRule<GrantInput>({
  id: "organisation-granted",
  code: "rule.grant-organisation-granted",
  severity: "warning",
  configKeys: ["grants.organisation_cap_per_year", "paths.grants", ...MONEY_KEYS],
  check(input, config, now, report) {
    const cap = config.grants.organisation_cap_per_year;
    const inBase = amountInBase(input.request, config);
    if (cap <= 0 || inBase === undefined) return [];
    const { year, granted } = grantedThisYear(input, now);
    const total = roundCents(granted.total + inBase);
    if (granted.grants.length === 0 || total > cap) return [];
    const base = config.base_currency;
    const money = (n: number) => formatAmount(n, base);
    return [
      report(
        ["organisation", "name"],
        `${input.request.organisation.name} was already granted ${money(granted.total)} in ${year} (${grantsListed(granted.grants, base)}); with this request, that is ${money(total)} of the ${money(cap)} one organisation may be granted in a year.`,
        "Nothing to change: this is for the Grants WG to weigh.",
      ),
    ];
  },
});
