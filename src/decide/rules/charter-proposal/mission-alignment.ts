/**
 * PSF: a work group is an initiative-driven effort that must pertain to the foundation's mission. The proposal says
 * how, in at least MIN_MISSION_WORDS words that are not a placeholder.
 */
import { defineRule } from "../../../validate/rules/rule.ts";
import { isPlaceholder, quote, words } from "./answers.ts";
import type { ProposalInput } from "./input.ts";

/** A mission alignment needs at least this many words to say how the purpose pertains to the mission. */
export const MIN_MISSION_WORDS = 8;

export const missionAlignment = defineRule<ProposalInput>({
  id: "mission-alignment",
  code: "rule.proposal-mission-alignment",
  severity: "error",
  configKeys: ["organisation"],
  check({ charter }, config, _now, report) {
    const mission = charter.mission_alignment ?? "";
    if (!isPlaceholder(mission) && words(mission) >= MIN_MISSION_WORDS) return [];
    return [
      report(
        ["mission_alignment"],
        mission.trim() === ""
          ? "The proposal does not say how the work group pertains to the foundation's mission."
          : `The mission alignment (${quote(mission)}) does not say how the work group pertains to the foundation's mission.`,
        `In a sentence or two (at least ${MIN_MISSION_WORDS} words), explain how the work group's purpose serves the mission of the ${config.organisation}: a work group must pertain to it.`,
      ),
    ];
  },
});
