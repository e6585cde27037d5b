/**
 * A request filed before the event (for a deposit advance, before the deposit was due) whose date came while it still
 * waited for a decision: not the applicant's doing, so no `grant/late` label and no error, but a warning the deciders
 * and the applicant both read. It is checked only on open requests, and a final decision closes a request, so an
 * open one has none. PSF grants are decided before the event; the policy says nothing of grants after it, so the
 * message says who decides what now, not what they will decide.
 */
import { isoDate } from "../../../util/dates.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { isOverThreshold, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { hasPassed, leadTime, passedAtFiling } from "./lead-time.ts";

export const passedUndecided = defineRule<GrantInput>({
  id: "passed-undecided",
  code: "rule.grant-passed-undecided",
  severity: "warning",
  configKeys: ["grants.minimum_lead_days", "grants.board_threshold", ...MONEY_KEYS],
  check({ request, filed }, config, now, report) {
    const lead = leadTime(request, filed);
    // Filed too late already: event-started.ts and deposit-past.ts say so. Unknown filing is today's: never here.
    if (!lead || !filed.known || passedAtFiling(lead) || !hasPassed(lead, now)) return [];
    const today = isoDate(now);
    const when = lead.deposit
      ? `The deposit was due on ${lead.target}`
      : lead.target === today
        ? `The event starts today (${lead.target})`
        : `The event started on ${lead.target}`;
    // "In time" only when it was: a request filed short of the lead time has its own warning, which still holds.
    const inTime = lead.days >= config.grants.minimum_lead_days ? "in time " : "";
    const deciders = isOverThreshold(request, config) ? "Grants WG and board" : "Grants WG";
    const rule = lead.deposit
      ? "a deposit advance is decided before the deposit is due"
      : "grants are decided before the event";
    return [
      report(
        lead.path,
        `${when}, and this request, filed ${inTime}on ${filed.date} (${plural(lead.days, "day")} before), is still waiting for a decision.`,
        `${deciders}: ${rule}; please decide now whether this request can still be granted (for costs already paid, if the foundation allows that) or close it, saying why. Applicant: nothing needs fixing; you may say in the request which costs are already paid and what is still needed.`,
      ),
    ];
  },
});
