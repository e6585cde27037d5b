/**
 * Some kinds of items not covered are whole events: under the current PSF charter a hackathon is not funded, even
 * when no budget line says "hackathon". A kind with `events: true` in `grants.not_covered` is matched against the
 * event's name and the grant type too. A warning with the not-covered label, as for a budget item: the Grants WG
 * decides, and the applicant hears it now rather than after the review.
 */
import type { Config } from "../../../config/types.ts";
import { listing } from "../../../util/text.ts";
import { defineRule } from "../../../validate/rules/rule.ts";
import { quote, TYPE_NAMES } from "./figures.ts";
import type { GrantInput } from "./input.ts";
import { kindsNamed } from "./not-covered-match.ts";

/** The kinds of events not covered that this request's event is. */
export function eventNotCoveredKinds(input: GrantInput, kinds: Config["grants"]["not_covered"]): string[] {
  const { request } = input;
  return kindsNamed(
    [request.event.name, TYPE_NAMES[request.grant_type]],
    kinds.filter((k) => k.events === true),
  );
}

export const eventNotCovered = defineRule<GrantInput>({
  id: "event-not-covered",
  code: "rule.grant-event-not-covered",
  severity: "warning",
  label: "not_covered",
  configKeys: ["grants.not_covered"],
  check(input, config, _now, report) {
    const kinds = eventNotCoveredKinds(input, config.grants.not_covered);
    if (kinds.length === 0) return [];
    return [
      report(
        ["event", "name"],
        `The event, ${quote(input.request.event.name)}, is one of the kinds of events grants do not fund: ${listing(kinds)}.`,
        "If the name misleads (a conference with a side event of that kind, say), explain in the request what the grant pays for. Otherwise the event needs other funding: sponsors or ticket sales.",
      ),
    ];
  },
});
