/**
 * A deposit advance is paid before the deposit is due: a request filed after the due date is an error, and the
 * request late. A due date that passed while a request filed in time waited for a decision is not the applicant's
 * doing: passed-undecided.ts says that to the deciders instead.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import type { GrantInput } from "./input.ts";
import { leadTime, passedAtFiling } from "./lead-time.ts";

export const depositPast = defineRule<GrantInput>({
  id: "deposit-past",
  code: "rule.grant-deposit-past",
  severity: "error",
  label: "late",
  configKeys: [],
  check({ request, filed }, _config, _now, report) {
    const lead = leadTime(request, filed);
    if (!lead?.deposit || !passedAtFiling(lead)) return [];
    const passed = filed.known ? `before this request was filed on ${filed.date}` : "which has passed";
    return [
      report(
        lead.path,
        `The deposit was due on ${lead.target}, ${passed}: a deposit advance is paid before the deposit is due.`,
        "If the date is a typo, correct it (YYYY-MM-DD); if the deposit is paid already, say how in the request.",
      ),
    ];
  },
});
