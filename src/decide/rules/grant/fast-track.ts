/**
 * The current PSF Grants WG charter has a fast track: at most 2,500 USD (`grants.fast_track_max`; 0 turns it off)
 * for an event the foundation funded in the last 3 years. A warning that points the Grants WG at it; the years come
 * from the request's `previous_grants` and from the foundation's own records.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";

/** The fast track looks this many years back (the event had a grant in the last 3 years). */
export const FAST_TRACK_YEARS = 3;

export const fastTrack = defineRule<GrantInput>({
  id: "fast-track",
  code: "rule.grant-fast-track",
  severity: "warning",
  configKeys: ["grants.fast_track_max", ...MONEY_KEYS],
  check({ request, previousGrantYears }, config, now, report) {
    const max = config.grants.fast_track_max;
    const inBase = amountInBase(request, config);
    if (max <= 0 || inBase === undefined || roundCents(inBase) > max) return [];
    const year = now.getUTCFullYear();
    const recent = (y: number) => y >= year - FAST_TRACK_YEARS && y <= year;
    const mentioned = (request.previous_grants ?? []).flatMap((text) =>
      [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])),
    );
    const years = [...mentioned, ...previousGrantYears].filter(recent);
    if (years.length === 0) return [];
    return [
      report(
        mentioned.some(recent) ? ["previous_grants"] : ["requested", "amount"],
        `This request may be eligible for the fast track: it is at most ${formatAmount(max, config.base_currency)} and the foundation funded this event or organisation in ${Math.max(...years)}.`,
        "The Grants WG confirms the earlier grant; name the event it was for if the request does not say.",
      ),
    ];
  },
});
