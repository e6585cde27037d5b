/**
 * Faults on every GitHub call of the request flow (a grant request, a charter proposal that goes
 * to the board, `/recheck`), through the real Probot app with the production retry and throttling plugins. See
 * harness.ts: each request of the clean run fails in turn, in every way; the state must end as the clean run's.
 */
import { matrixSuite } from "./pinned.ts";
import { CHARTER, RECHECK, REQUEST } from "./scenarios.ts";

matrixSuite("faults in the request flow", [
  {
    scenario: REQUEST,
    writes: ["POST /issues/1/labels", "POST /issues/1/comments"],
    cases: 45,
  },
  {
    scenario: CHARTER,
    writes: [
      "POST /issues/1/labels",
      "POST /issues/1/comments",
      "POST /milestones",
      "PATCH /issues/1",
      "POST /issues",
    ],
    cases: 105,
  },
  {
    scenario: RECHECK,
    writes: [
      "POST /issues/1/labels",
      "DELETE /issues/1/labels/status%2Fgrants-wg-review",
      "PATCH /issues/comments/1000",
    ],
    cases: 53,
  },
]);
