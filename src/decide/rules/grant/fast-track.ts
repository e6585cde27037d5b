/**
 * The current PSF Grants WG charter has a fast track: requests up to 2,500 USD (`grants.fast_track_max`; 0 turns it
 * off) are decided sooner (`grants.fast_track_decision_weeks` after filing). The request is labelled so the Grants WG
 * sees it, and the applicant is told when to expect the decision. Eligibility is the amount alone, as the charter
 * states it; a foundation whose reading also requires an earlier grant sets `grants.fast_track_previous_years` (the
 * years then come from the request's `previous_grants` and from the foundation's own records). See docs/policy.md.
 */
import type { Config } from "../../../config/types.ts";
import { plural } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { decisionTarget } from "../../decision-target.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";

export interface FastTrack {
  /** The latest year of an earlier grant that qualified it, when the config asks for one. */
  year?: number;
  /** Whether that year was read from the request (and not only from the foundation's records). */
  mentioned: boolean;
}

/** Whether a request is on the fast track, and on what grounds; undefined when it is not. */
export function fastTrackOf(input: GrantInput, config: Config, now: Date): FastTrack | undefined {
  const { request, previousGrantYears } = input;
  const { fast_track_max: max, fast_track_previous_years: within } = config.grants;
  const inBase = amountInBase(request, config);
  if (max <= 0 || inBase === undefined || roundCents(inBase) > max) return undefined;
  if (within <= 0) return { mentioned: false };
  const year = now.getUTCFullYear();
  const recent = (y: number) => y >= year - within && y <= year;
  const mentioned = (request.previous_grants ?? []).flatMap((text) =>
    [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])),
  );
  const years = [...mentioned, ...previousGrantYears].filter(recent);
  if (years.length === 0) return undefined;
  return { year: Math.max(...years), mentioned: mentioned.some(recent) };
}

export const fastTrack = defineRule<GrantInput>({
  id: "fast-track",
  code: "rule.grant-fast-track",
  severity: "note",
  label: "fast_track",
  configKeys: [
    "grants.fast_track_max",
    "grants.fast_track_previous_years",
    "grants.fast_track_decision_weeks",
    ...MONEY_KEYS,
  ],
  check(input, config, now, report) {
    const track = fastTrackOf(input, config, now);
    if (!track) return [];
    const max = formatAmount(config.grants.fast_track_max, config.base_currency);
    const weeks = config.grants.fast_track_decision_weeks;
    const by = decisionTarget(input.filed.date, config.grants, true);
    const earlier =
      track.year === undefined
        ? ""
        : `, and the foundation funded this event or organisation in ${track.year}`;
    return [
      report(
        track.mentioned ? ["previous_grants"] : ["requested", "amount"],
        `This request is on the fast track: it is for at most ${max}${earlier}. The Grants WG aims to decide it within ${plural(weeks, "week")} of filing, by ${by}.`,
      ),
    ];
  },
});
