/**
 * The sweep's read budget on a large repository, in CI (bench/sweep.ts measures the same on 1,000 groups): the
 * scheduled sweep, run as the Action runs it (test/support/sweep.ts), over a generated governance repository of 200
 * and then 400 work groups with 24 monthly reports each (bench/lib/sweep-scenario.ts, the benchmark's own
 * repository). Reads are counted by method, path and query; they must stay within a budget derived from what the
 * sweep needs, and must not grow with the number of work groups.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadSweepScenario } from "../../bench/lib/sweep-scenario.ts";
import { FakeGitHub, type RecordedRequest } from "../support/fake-github.ts";
import { sweepOn } from "../support/sweep.ts";

/**
 * At most this many read requests per sweep, whatever the number of work groups:
 * - 1 GraphQL query for the whole repository: the config, the work groups tree, each charter's text and the names
 *   of each group's reports (src/gather/governance.ts) — not a request per file;
 * - 1 GraphQL `viewer { login }`: the token's own identity, learned once per process;
 * - 2 issue lists for the sweep's own issues: open issues, and issues closed since the last sweep
 *   (src/gather/sweep-issues.ts) — one page each while fewer than 100 match;
 * - 4 for the board's part: milestones, issues under board review, at-risk issues, the next meeting's issues
 *   (src/gather/board.ts);
 * - 1 more when the sweep opens the meeting's milestone: the agenda round lists that milestone's issues (the two
 *   labelled lists the first round read are reused: only the milestone was written since; milestones are not
 *   re-read);
 * - 1 GraphQL query for the text of the reports that fell due since the previous board meeting, which the agenda
 *   lists (src/decide/agenda-reports.ts): one alias per report, up to 500 in one query — here October's reports.
 * 1 + 1 + 2 + 4 + 1 + 1 = 10. A sweep that changes nothing takes 9 (no second round).
 *
 * Growth: none with work groups. The issue lists are paginated at 100 per page, so they grow by one request per
 * 100 open (or recently closed) issues — the sweep's own issues and the board's — not per work group; both sizes
 * below stay under 100 open issues, so their reads must be the same requests.
 */
const READ_BUDGET = 10;
const UNCHANGED_SWEEP_READS = 9;

const NOW = new Date("2026-11-21T06:00:00Z"); // October's reports were due on the 15th
const LAST_MONTH = "2026-10";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

/** Reads: every request that is not a write (GET and GraphQL queries), tokens aside, as `METHOD path?query`. */
function reads(f: FakeGitHub): string[] {
  const writes = new Set<RecordedRequest>(f.writes);
  return f.requests
    .filter((r) => !writes.has(r) && !r.path.includes("/access_tokens"))
    .map((r) => {
      const query = new URLSearchParams(Object.entries(r.query).sort()).toString();
      const operation =
        r.path === "/graphql"
          ? ` ${/query\s*(\w*)/.exec(String((r.body as { query?: string })?.query))?.[1] || "viewer"}`
          : "";
      return `${r.method} ${r.path}${query ? `?${query}` : ""}${operation}`;
    })
    .sort();
}

/** Two sweeps over a repository of `workgroups` groups: the first opens the issues it needs, the second nothing. */
async function sweepTwice(workgroups: number) {
  fake = await new FakeGitHub().start();
  fake.setTime(NOW);
  const scenario = loadSweepScenario(fake, { workgroups, reports: 24, lastMonth: LAST_MONTH });
  const first = await sweepOn(fake, NOW);
  const firstReads = reads(fake);
  const firstWrites = fake.writes.length;
  await sweepOn(fake, NOW);
  const secondReads = reads(fake);
  const secondWrites = fake.writes.length;
  await fake.stop();
  fake = undefined;
  return { scenario, first, firstReads, firstWrites, secondReads, secondWrites };
}

describe("the sweep's read budget on a large repository", () => {
  it(`reads at most ${READ_BUDGET} times for 200 and for 400 work groups, the same requests for both`, async () => {
    const small = await sweepTwice(200);
    const large = await sweepTwice(400);

    for (const run of [small, large]) {
      // The scenario really is large and the first sweep really had work to do (issues opened, a second round).
      expect(run.scenario.slugs.length).toBeGreaterThanOrEqual(200);
      expect(run.scenario.missing.lastMonth.length).toBeGreaterThan(0);
      expect(run.firstWrites).toBeGreaterThan(run.scenario.missing.lastMonth.length);
      expect(run.firstReads.length).toBeLessThanOrEqual(READ_BUDGET);
      // Nothing changed: no writes, and only the first round's reads.
      expect(run.secondWrites).toBe(0);
      expect(run.secondReads.length).toBeLessThanOrEqual(UNCHANGED_SWEEP_READS);
    }
    // Twice the work groups (and twice the issues opened): the very same reads.
    expect(large.firstWrites).toBeGreaterThan(small.firstWrites);
    expect(large.firstReads).toEqual(small.firstReads);
    expect(large.secondReads).toEqual(small.secondReads);
    // One GraphQL query reads the whole repository; no file is read by path.
    expect(large.firstReads.filter((r) => r.endsWith(" WgbotGovernance"))).toHaveLength(1);
    expect(large.firstReads.filter((r) => r.endsWith(" WgbotFileTexts"))).toHaveLength(1);
    expect(large.firstReads.filter((r) => /\/contents\/|\/git\/blobs\//.test(r))).toEqual([]);
  });
});
