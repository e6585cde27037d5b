/**
 * The charter file rules — what the schema cannot express — in the order their findings are listed. Each is one
 * module (see ../rule.ts); a new rule is a new module and a line here. A charter proposal runs them too
 * (src/decide/rules/charter-proposal/index.ts).
 */
import { cadenceCounted } from "./cadence-counted.ts";
import { cadenceNotAllowed } from "./cadence-not-allowed.ts";
import { chairNotMember } from "./chair-not-member.ts";
import { endBeforeStart } from "./end-before-start.ts";
import { endWhileActive } from "./end-while-active.ts";
import type { CharterRule } from "./input.ts";
import { leadershipAtRisk } from "./leadership-at-risk.ts";
import { missingEnd } from "./missing-end.ts";
import { reviewBeforeStart } from "./review-before-start.ts";
import { slugFolder } from "./slug-folder.ts";
import { termTooLong } from "./term-too-long.ts";
import { tooFewChairs } from "./too-few-chairs.ts";
import { tooFewMembers } from "./too-few-members.ts";

export const CHARTER_FILE_RULES: readonly CharterRule[] = [
  slugFolder,
  chairNotMember,
  tooFewMembers,
  tooFewChairs,
  leadershipAtRisk,
  reviewBeforeStart,
  termTooLong,
  endWhileActive,
  missingEnd,
  endBeforeStart,
  cadenceNotAllowed,
  cadenceCounted,
];
