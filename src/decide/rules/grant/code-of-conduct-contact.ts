/**
 * The current PSF Grants WG charter also requires a Code of Conduct contact (`grants.require_code_of_conduct_contact`;
 * on in psf-2026): someone attendees can report to.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";

export const codeOfConductContact = defineRule<GrantInput>({
  id: "code-of-conduct-contact",
  code: "rule.grant-code-of-conduct-contact",
  severity: "error",
  configKeys: ["grants.require_code_of_conduct_contact"],
  check({ request }, config, _now, report) {
    if (!config.grants.require_code_of_conduct_contact || request.code_of_conduct?.contact?.trim()) return [];
    return [
      report(
        ["code_of_conduct", "contact"],
        "The request does not say who handles Code of Conduct reports.",
        "Add the email address or the name of the person or team attendees can report to.",
      ),
    ];
  },
});
