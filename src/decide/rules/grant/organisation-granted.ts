/**
 * What the organisation was already granted this year, from the grants ledger, shown to the applicant and the Grants
 * WG while the request stays within the cap per organisation (over it, ./organisation-cap.ts says so as an error).
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";
import { ORGANISATION_YEAR_KEYS, organisationYear } from "./organisation-year.ts";

export const organisationGranted = defineRule<GrantInput>({
  id: "organisation-granted",
  code: "rule.grant-organisation-granted",
  severity: "warning",
  configKeys: ORGANISATION_YEAR_KEYS,
  check(input, config, now, report) {
    const org = organisationYear(input, config, now);
    if (!org || org.granted.grants.length === 0 || org.total > org.cap) return [];
    const { cap, year, granted, total, money } = org;
    return [
      report(
        ["organisation", "name"],
        `${input.request.organisation.name} was already granted ${money(granted.total)} in ${year} (${org.listed}); with this request, that is ${money(total)} of the ${money(cap)} one organisation may be granted in a year.`,
        "Nothing to change: this is for the Grants WG to weigh.",
      ),
    ];
  },
});
