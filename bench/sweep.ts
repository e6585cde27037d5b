/**
 * Sweep benchmark: the scheduled sweep over a generated governance repository of 1,000 work groups with 24 monthly
 * reports each (25,001 files), served by the fake GitHub on loopback. It counts the API requests the sweep makes —
 * target: at most 10 reads whatever the number of work groups, plus one write per change — and times it.
 *
 * Three runs: the first finds the overdue reports, at-risk groups and charters past review and opens their
 * issues (and the board's part of the sweep puts the escalated ones on the next meeting's agenda); the second
 * (nothing changed) must write nothing; before the third some missing reports land, and it must close exactly
 * their reminders (and refresh the agenda). Octokit's throttling is off (as in the tests): it spaces writes a second or
 * more apart on purpose, which would measure GitHub's pacing, not wgbot.
 */
import type { SweepPlan } from "../src/decide/sweep-model.ts";
import { tokenIdentity } from "../src/gather/identity.ts";
import { WgbotOctokit } from "../src/github/client.ts";
import type { Write } from "../src/model/write.ts";
import { handleEvent } from "../src/router/handle-event.ts";
import { FakeGitHub } from "../test/support/fake-github.ts";
import { ms, QUICK, table } from "./lib/measure.ts";
import { loadSweepScenario, reportFor } from "./lib/sweep-scenario.ts";

export const name = "sweep";
export const description = `the scheduled sweep over ${(QUICK ? 200 : 1_000).toLocaleString("en-US")} work groups × 24 reports, on a loopback fake GitHub`;

const WORKGROUPS = QUICK ? 200 : 1_000;
const REPORTS = 24;
const TARGET_READS = 10;
const NOW = new Date("2026-11-21T06:00:00Z"); // October's reports were due on the 15th
const LAST_MONTH = "2026-10";

export async function run(): Promise<void> {
  const fake = await new FakeGitHub().start();
  try {
    const started = performance.now();
    const { missing, stale } = loadSweepScenario(fake, {
      workgroups: WORKGROUPS,
      reports: REPORTS,
      lastMonth: LAST_MONTH,
    });
    console.log(
      `Generated ${fake.files.size.toLocaleString("en-US")} files in ${ms(performance.now() - started)}: ${WORKGROUPS} work groups, ${REPORTS} reports each; ` +
        `${missing.lastMonth.length} without October's report, ${missing.both.length} of them without September's either, ${stale} charters past review.`,
    );
    const github = new WgbotOctokit({
      auth: "ghs_bench",
      baseUrl: fake.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    });
    const sweep = async (label: string) => {
      fake.reset();
      fake.setTime(NOW);
      const t0 = performance.now();
      const outcome = await handleEvent(
        { name: "schedule", payload: { schedule: "0 6 * * *" } },
        {
          github,
          repo: { owner: fake.owner, repo: fake.repo },
          now: NOW,
          dryRun: false,
          log: { info() {}, warn() {} },
          self: tokenIdentity(github),
        },
      );
      const millis = performance.now() - t0;
      const reads = fake.requests.filter((r) => r.method === "GET" || r.path === "/graphql");
      return { label, millis, reads, writes: fake.writes, outcome, plan: outcome.plan as SweepPlan };
    };

    const first = await sweep("1. first sweep");
    const second = await sweep("2. again, nothing changed");
    const landed = missing.lastMonth.slice(0, 50);
    for (const slug of landed)
      fake.files.set(`workgroups/${slug}/reports/${LAST_MONTH}.yml`, reportFor(fake, slug, LAST_MONTH));
    const third = await sweep(`3. after ${landed.length} reports land`);

    // What the generated state needs: an issue per overdue report, at-risk group and charter past review; then
    // nothing; then, for each report that landed, its reminder closed (a comment and the close) — and the at-risk
    // issue of a group that was at risk, which has recovered (only September is missing now: one report in a row).
    const needed = missing.lastMonth.length + missing.both.length + stale;
    const recovered = landed.filter((slug) => missing.both.includes(slug)).length;
    const runs = [
      { ...first, expected: needed },
      { ...second, expected: 0 },
      { ...third, expected: 2 * (landed.length + recovered) },
    ];
    const rows = [["run", "time", "reads", "write requests", "sweep changes", "needed", "board changes"]];
    const verdicts: string[] = [];
    for (const r of runs) {
      const board = r.outcome.writes.filter(isBoardWrite);
      const own = r.outcome.writes.filter((w) => !isBoardWrite(w));
      rows.push([
        r.label,
        ms(r.millis),
        String(r.reads.length),
        String(r.writes.length),
        describeChanges(own),
        String(r.expected),
        describeChanges(board),
      ]);
      const readsOk = r.reads.length <= TARGET_READS;
      // One request per change, and exactly the changes the generated state needs.
      const writesOk = r.writes.length === r.outcome.writes.length && own.length === r.expected;
      verdicts.push(
        `${readsOk && writesOk ? "PASS" : "FAIL"} sweep ${r.label}: ${r.reads.length} reads (target ≤ ${TARGET_READS}), ${r.writes.length} write requests for ${r.outcome.writes.length} changes (${own.length} the sweep's, ${r.expected} needed; ${board.length} the agenda's); ${ms(r.millis)}`,
      );
    }
    console.log("");
    table(rows);
    console.log(
      "\nReads of the first run (the sweep's, then the agenda's: milestones, escalated items, agenda):",
    );
    const shown = ["state", "labels", "milestone", "since"];
    for (const [request, n] of countBy(
      first.reads.map(
        (r) =>
          `${r.method} ${r.path}${shown
            .filter((k) => r.query[k] !== undefined)
            .map((k) => ` ${k}=${r.query[k]}`)
            .join("")}`,
      ),
    ))
      console.log(`  ${n} × ${request}`);
    console.log(`\n${first.plan.summary}`);

    console.log(`\n${verdicts.join("\n")}`);
  } finally {
    await fake.stop();
  }
}

/** The board's part of the sweep: the meeting's milestone, items put on it, its agenda issue. */
function isBoardWrite(w: Write): boolean {
  if (w.kind === "create-milestone" || w.kind === "set-milestone") return true;
  const body = w.kind === "create-issue" ? w.body : w.kind === "update-issue" ? w.patch.body : undefined;
  return body?.startsWith("<!-- wgbot:agenda") ?? false;
}

function describeChanges(writes: readonly Write[]): string {
  const counts = countBy(
    writes.map((w) =>
      w.kind === "create-issue"
        ? "issues opened"
        : w.kind === "update-issue" && w.patch.state === "closed"
          ? "issues closed"
          : w.kind === "create-comment"
            ? "comments"
            : w.kind,
    ),
  );
  return counts.length ? counts.map(([k, n]) => `${n} ${k}`).join(", ") : "no change";
}

function countBy(items: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts];
}
