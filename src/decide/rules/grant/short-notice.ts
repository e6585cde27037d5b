/**
 * PSF Grants: 3+ months (`grants.recommended_lead_days`: 90) are recommended, especially over 10,000 USD, because
 * the board decides those and meets every other month. Over the threshold and closer than that, the request is on
 * short notice: a warning that names the first board meeting that can review it.
 */
import type { Config } from "../../../config/types.ts";
import type { GrantRequest } from "../../../generated/grant.ts";
import { daysBetween, isoDate, parseDate } from "../../../util/dates.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { cadence, reviewingMeeting } from "../../calendar.ts";
import { formatAmount } from "../../money.ts";
import { BOARD_CALENDAR_KEYS, days, isOverThreshold, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { filedText, hasPassed, type LeadTime, leadTime } from "./lead-time.ts";

export const shortNotice = defineRule<GrantInput>({
  id: "short-notice",
  code: "rule.grant-short-notice",
  severity: "warning",
  label: "short_notice",
  configKeys: [
    "grants.recommended_lead_days",
    "grants.board_threshold",
    ...MONEY_KEYS,
    ...BOARD_CALENDAR_KEYS,
  ],
  check({ request, filed }, config, now, report) {
    const recommended = config.grants.recommended_lead_days;
    const lead = leadTime(request, filed);
    if (!lead || !isShortNotice(lead, request, config, now)) return [];
    const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
    const when = meetingText(lead, reviewingMeeting(config.board, now), isoDate(now));
    return [
      report(
        lead.path,
        `Requests over ${threshold} should be filed at least ${days(recommended)} before ${lead.subject}, because the board decides them; this one ${filedText(filed)}, ${plural(lead.days, "day")} before. The board meets ${cadence(config.board)}; ${when}`,
        `If ${lead.deposit ? "the deposit" : "the event"} cannot wait for the board, say so in the request, or ask for at most ${threshold}, which the Grants WG decides alone.`,
      ),
    ];
  },
});

/** Over the threshold and filed closer to the date that counts than recommended (which has not passed yet). */
export function isShortNotice(lead: LeadTime, request: GrantRequest, config: Config, now: Date): boolean {
  return (
    !hasPassed(lead, now) &&
    isOverThreshold(request, config) &&
    lead.days < config.grants.recommended_lead_days
  );
}

/** When the board can review it, against the date that counts. */
function meetingText(lead: LeadTime, meeting: string | undefined, today: string): string {
  if (meeting === undefined) {
    return `no board meeting is scheduled after ${today} yet, so it is not known when the board can review it.`;
  }
  const gap = daysBetween(parseDate(meeting), parseDate(lead.target));
  const relation =
    gap > 0
      ? `${plural(gap, "day")} before ${lead.subject}`
      : gap === 0
        ? lead.deposit
          ? "the day the deposit is due"
          : "the day the event starts"
        : `${plural(-gap, "day")} after ${lead.deposit ? "the deposit is due" : "the event starts"}`;
  return `the next meeting that can review it is ${meeting}, ${relation}.`;
}
