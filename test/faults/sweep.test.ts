/**
 * Faults on every GitHub call of the sweep, run as the Action runs it (handleEvent with the client the Action
 * builds, createGitHub): a reminder and an at-risk issue, the meeting's milestone and agenda, a stale grant
 * request closed with a comment. After a failed sweep, the next sweep brings the state to what it should be.
 */
import { describe, expect, it } from "vitest";
import { runMatrix } from "./harness.ts";
import { SWEEP } from "./scenarios.ts";

describe("faults in the sweep", () => {
  it(SWEEP.name, { timeout: 240_000 }, async () => {
    const { clean, cases, problems } = await runMatrix(SWEEP, { limit: 160 });
    expect(
      clean.requests.filter((r) => r.method !== "GET" && !r.path.endsWith("graphql")).length,
    ).toBeGreaterThanOrEqual(6);
    expect(cases).toBeGreaterThanOrEqual(clean.requests.length * 6);
    expect(problems).toEqual([]);
  });
});
