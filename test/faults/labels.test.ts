/**
 * Faults on every GitHub call of the protected-label guard: a protected label someone outside the board added is
 * removed with one reply; `status/board-review` added by a board member puts the item on the meeting's milestone
 * and agenda. A failure never removes a board member's label (a rate limit on the membership check is not a "no").
 */
import { matrixSuite } from "./pinned.ts";
import { BOARD_LABEL, PROTECTED } from "./scenarios.ts";

matrixSuite("faults in the protected-label guard", [
  {
    scenario: PROTECTED,
    writes: ["DELETE /issues/1/labels/status%2Fapproved", "POST /issues/1/comments"],
    cases: 63,
  },
  {
    scenario: BOARD_LABEL,
    writes: ["POST /milestones", "PATCH /issues/1", "POST /issues"],
    cases: 89,
  },
]);
