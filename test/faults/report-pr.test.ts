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
    cases: 57,
  },
  {
    scenario: REPORT_PR_LARGE,
    writes: ["POST /check-runs", "PATCH /check-runs/1000", "POST /issues/1/labels"],
    cases: 65,
  },
]);
