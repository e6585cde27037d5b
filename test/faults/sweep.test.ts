/**
 * Faults on every GitHub call of the sweep, run as the Action runs it (handleEvent with the client the Action
 * builds, createGitHub): a reminder and an at-risk issue, the meeting's milestone and agenda, a stale grant
 * request closed with a comment. After a failed sweep, the next sweep brings the state to what it should be.
 */
import { matrixSuite } from "./pinned.ts";
import { SWEEP } from "./scenarios.ts";

matrixSuite("faults in the sweep", [
  {
    scenario: SWEEP,
    writes: [
      "POST /issues",
      "POST /issues",
      "POST /issues/1/comments",
      "PATCH /issues/1",
      "POST /milestones",
      "PATCH /issues/4",
      "POST /issues",
    ],
    // 116 since the agenda round reuses the two labelled lists the sweep had just read (2 requests × 6 kinds fewer).
    cases: 116,
  },
]);
