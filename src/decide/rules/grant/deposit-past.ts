/** A deposit advance is paid before the deposit is due: a due date that has passed is an error, and the request late. */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";
import { hasPassed, leadTime } from "./lead-time.ts";

export const depositPast = defineRule<GrantInput>({
  id: "deposit-past",
  code: "rule.grant-deposit-past",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request, filed }, _config, now, report) {
    const lead = leadTime(request, filed);
    if (!lead?.deposit || !hasPassed(lead, now)) return [];
    return [
      report(
        lead.path,
        `The deposit was due on ${lead.target}, which has passed: a deposit advance is paid before the deposit is due.`,
        "If the date is a typo, correct it (YYYY-MM-DD); if the deposit is paid already, say how in the request.",
      ),
    ];
  },
});
