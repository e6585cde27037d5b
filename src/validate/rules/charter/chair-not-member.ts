/** The PSF example charter lists participants as chair(s) and members: every chair is also a member. */
import { closest } from "../../../util/text.ts";
import { defineRule } from "../rule.ts";
import { type CharterInput, memberSet } from "./input.ts";

export const chairNotMember = defineRule<CharterInput>({
  id: "chair-not-member",
  code: "rule.chair-not-member",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    const members = memberSet(charter);
    const { chairs } = charter.participants;
    // A member who is not a chair and whose login is a letter or two away is likelier a typo than a missing member.
    const others = charter.participants.members.filter(
      (m) => !chairs.some((c) => c.toLowerCase() === m.toLowerCase()),
    );
    return chairs.flatMap((chair, i) => {
      if (members.has(chair.toLowerCase())) return [];
      const guess = closest(chair, others);
      return [
        report(
          ["participants", "chairs", i],
          `The chair \`${chair}\` is not listed in \`participants.members\`.`,
          guess
            ? `Did you mean the member \`${guess}\`? Otherwise add \`${chair}\` to the members: every chair is also a member.`
            : `Add \`${chair}\` to the members: every chair is also a member.`,
        ),
      ];
    });
  },
});
