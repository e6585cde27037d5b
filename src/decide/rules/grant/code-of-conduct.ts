/** Events the foundation funds must publish a Code of Conduct (`grants.require_code_of_conduct`; on in psf). */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";

export const codeOfConduct = defineRule<GrantInput>({
  id: "code-of-conduct",
  code: "rule.grant-code-of-conduct",
  severity: "error",
  configKeys: ["grants.require_code_of_conduct"],
  check({ request }, config, _now, report) {
    if (!config.grants.require_code_of_conduct || request.code_of_conduct?.url?.trim()) return [];
    return [
      report(
        ["code_of_conduct", "url"],
        "The request has no Code of Conduct: events funded by the foundation must publish one.",
        "Add the link to the event's published Code of Conduct.",
      ),
    ];
  },
});
