/**
 * PSF Grants: other funding sources should be listed; the Grants WG weighs how the event is funded as a whole. A
 * suggestion: a request without them is reviewed all the same, with one more question to ask.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";

export const otherFunding = defineRule<GrantInput>({
  id: "other-funding",
  code: "rule.grant-no-other-funding",
  severity: "suggestion",
  configKeys: [],
  check({ request }, _config, _now, report) {
    if ((request.other_funding ?? []).some((s) => s.trim() !== "")) return [];
    return [
      report(
        ["other_funding"],
        "No other funding sources are listed.",
        "List the sponsors, ticket sales and other grants that also fund the event, or say that there are none yet: the Grants WG weighs how the event is funded as a whole.",
      ),
    ];
  },
});
