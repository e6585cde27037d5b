/** The PSF example charter lists participants as chair(s) and members: every chair is also a member. */
import { defineRule } from "../rule.ts";
import { type CharterInput, memberSet } from "./input.ts";

export const chairNotMember = defineRule<CharterInput>({
  id: "chair-not-member",
  code: "rule.chair-not-member",
  severity: "error",
  configKeys: [],
  check({ charter }, _config, _now, report) {
    const members = memberSet(charter);
    return charter.participants.chairs.flatMap((chair, i) =>
      members.has(chair.toLowerCase())
        ? []
        : [
            report(
              ["participants", "chairs", i],
              `The chair \`${chair}\` is not listed in \`participants.members\`.`,
              `Add \`${chair}\` to the members: every chair is also a member.`,
            ),
          ],
    );
  },
});
