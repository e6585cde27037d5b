/**
 * The current PSF Grants WG charter caps what one organisation is granted in a year (15,000 USD;
 * `grants.organisation_cap_per_year` in the psf-2026 preset). What it was already granted comes from the grants
 * ledger (grants/<year>/), matched on the organisation's normalised name or its website. Over the cap, the request
 * cannot be granted as asked: an error that says how much is left.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { roundCents } from "../../money.ts";
import type { GrantInput } from "./input.ts";
import { ORGANISATION_YEAR_KEYS, organisationYear } from "./organisation-year.ts";

export const organisationCap = defineRule<GrantInput>({
  id: "organisation-cap",
  code: "rule.grant-organisation-cap",
  severity: "error",
  configKeys: ORGANISATION_YEAR_KEYS,
  check(input, config, now, report) {
    const org = organisationYear(input, config, now);
    if (!org || org.total <= org.cap) return [];
    const { cap, year, granted, total, money } = org;
    const name = input.request.organisation.name;
    const left = roundCents(cap - granted.total);
    const already =
      granted.grants.length === 0
        ? ""
        : `${name} was already granted ${money(granted.total)} in ${year} (${org.listed}); with this request, that is ${money(total)}. `;
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
