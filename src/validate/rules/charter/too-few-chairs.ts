/**
 * A proposed charter lists the chairs the config's leadership rule asks for (`workgroups.leadership.chairs`; dsf: a
 * chair and a co-chair) before it goes to the board. A chartered group that loses one is at risk instead
 * (leadership-at-risk.ts): an error would make its charter unreadable and stop the sweep from looking at it.
 */
import { defineRule } from "../rule.ts";
import type { CharterInput } from "./input.ts";
import { leadershipGaps } from "./leadership.ts";

export const tooFewChairs = defineRule<CharterInput>({
  id: "too-few-chairs",
  code: "rule.too-few-chairs",
  severity: "error",
  configKeys: ["workgroups.leadership.chairs"],
  check({ charter }, config, _now, report) {
    // No chair at all is the proposal's own rule (no-chair) and the schema's: one finding says it.
    if (charter.status !== "proposed" || charter.participants.chairs.length === 0) return [];
    return leadershipGaps(charter, config)
      .filter((gap) => gap.kind === "chairs")
      .map((gap) => report(gap.path, gap.message, gap.hint));
  },
});
