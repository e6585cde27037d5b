/**
 * Faults on every GitHub call of a monthly report pull request: its check run (in one request, and with 60
 * annotations in two: a create and an update, since the Checks API takes 50 at a time) and its labels.
 */
import { matrixSuite } from "./pinned.ts";
import { REPORT_PR, REPORT_PR_LARGE } from "./scenarios.ts";

matrixSuite("faults in the report pull request flow", [
  {
    scenario: REPORT_PR,
    writes: ["POST /check-runs", "POST /issues/1/labels"],
    // 8 requests: the installation token (5 kinds), 5 reads (6 kinds each: the pull request with its files in one
    // GraphQL request, the config, the report at the head, the charter on the base, the check runs) and 2 writes
    // (8 kinds each). The file list and the pull request were two REST reads: one read fewer is 6 cases fewer.
    cases: 51,
  },
  {
    scenario: REPORT_PR_LARGE,
    writes: ["POST /check-runs", "PATCH /check-runs/1000", "POST /issues/1/labels"],
    // The same reads, one write more: 65 before the two reads became one, 6 fewer.
    cases: 59,
  },
]);
