/**
 * Faults on every GitHub call of `/recommend` and `/board` (a recommendation escalated to the board; the board
 * approving a grant, then a charter proposal, which opens a pull request), through the real Probot app with the
 * production retry and throttling plugins. A decision is never lost and never half-applied for good: whatever
 * request fails, a redelivery finishes it (see harness.ts).
 */
import { matrixSuite } from "./pinned.ts";
import { BOARD_CHARTER, BOARD_GRANT, RECOMMEND } from "./scenarios.ts";

matrixSuite("faults in the board commands", [
  {
    scenario: RECOMMEND,
    writes: [
      "POST /issues/1/comments",
      "POST /issues/1/labels",
      "DELETE /issues/1/labels/status%2Fgrants-wg-review",
      "POST /milestones",
      "PATCH /issues/1",
      "POST /issues",
    ],
    cases: 125,
  },
  {
    scenario: BOARD_GRANT,
    writes: [
      "POST /issues/1/comments",
      "POST /issues/1/labels",
      "DELETE /issues/1/labels/status%2Fboard-review",
      "PATCH /issues/1",
      "PUT /contents/grants%2F2026%2F1-pycon-example-2027.yml",
      "PATCH /issues/5",
    ],
    // The ledger record adds a read (is it there yet? and a pull request from wgbot/ledger-<issue>, opened when the
    // default branch refused the record, so that a redelivery does not try a protected branch again?) and its write:
    // 14 cases more than before the ledger. That read is one GraphQL request, which is also round 1's read of the
    // item (the cap is checked at approval): 12 cases fewer (6 per read) than when the item, the ledger and the
    // lookup were three reads.
    cases: 119,
  },
  {
    scenario: BOARD_CHARTER,
    writes: [
      "POST /issues/1/comments",
      "POST /issues/1/labels",
      "DELETE /issues/1/labels/status%2Fboard-review",
      "POST /git/refs",
      "PUT /contents/workgroups%2Fdocumentation%2Fcharter.yml",
      "POST /pulls",
      "PATCH /issues/3",
    ],
    cases: 145,
  },
]);
