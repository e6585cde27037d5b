/**
 * `wgbot status`: the foundation at a glance, run in-process on examples/psf (files only) and, with --repo, with the
 * issues read from the loopback fake GitHub. Status only reads: run twice, it writes nothing either time.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { charterBody, grantBody } from "../support/bodies.ts";
import { runCli } from "../support/cli.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

describe("wgbot status on a local checkout", () => {
  it("shows each work group in a table that fits 100 columns, the next meeting and what needs attention", async () => {
    const run = await runCli(["status", "examples/psf"], { now: NOW });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    const table = run.stdout.slice(
      run.stdout.indexOf("Work group "),
      run.stdout.indexOf("\n\n", run.stdout.indexOf("Work group ")),
    );
    expect(table).toMatchInlineSnapshot(`
      "Work group           Status    Chairs                Last report  Overdue  Risk  Review
      code-of-conduct      active    abena-quist           2026-10            -  -     2026-12-31
      diversity-inclusion  active    tanvi-rao-dev +1      2026-08            2  yes   2027-08-31
      education            inactive  hollis-teaches        2025-12            -  -     2026-01-31
      grants               active    ifeoma-eze-py         2026-10            -  -     2027-06-30
      infrastructure       active    ops-marisol           2026-10            -  -     2026-09-30 (past)
      packaging            active    nadia-brightwater +1  2026-10            -  -     2027-02-28"
    `);
    expect(run.stdout).toContain("Next board meeting: 2027-01-13 (in 53 days)");
    expect(run.stdout).toContain(
      "- Diversity and Inclusion Work Group is at risk: it has missed 2 reports in a row (September 2026",
    );
    expect(run.stdout).toContain("Charter proposals and grant requests: not read.");
    expect(run.stdout).toContain(
      "Reports are shown as filed, never late: the folder is not the top of its own git checkout",
    );
  });

  it("writes the same state as JSON and as Markdown for a job summary", async () => {
    const json = await runCli(["status", "examples/psf", "--format", "json"], { now: NOW });
    expect(json.code).toBe(0);
    const state = JSON.parse(json.stdout);
    expect(state.counts).toEqual({
      workgroups: 6,
      active: 5,
      atRisk: 1,
      overdue: 1,
      pastReview: 1,
      proposals: 0,
      grants: 0,
      problems: 0,
    });
    expect(state.config).toBeUndefined();
    const di = state.workgroups.find((w: { slug: string }) => w.slug === "diversity-inclusion");
    expect(di).toMatchObject({ lastReport: "2026-08", chairs: ["tanvi-rao-dev", "kwabena-asante"] });
    // Reports are counted from June 2026 (`reports.since`): only the two it missed since then are overdue.
    expect(di.overdue).toEqual(["2026-09", "2026-10"]);

    const md = await runCli(["status", "examples/psf", "--format", "markdown"], { now: NOW });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### Python Software Foundation: the foundation on 2026-11-21\n/);
    expect(md.stdout).toContain(
      "| Work group | Status | Chairs | Last report | Overdue | At risk | Review |",
    );
    // Chairs are named without pinging them: a zero-width joiner follows the @.
    expect(md.stdout).toContain("@\u200dtanvi-rao-dev");
    expect(md.stdout).not.toMatch(/@tanvi/);
  });

  it("says clearly what is wrong with its arguments", async () => {
    const format = await runCli(["status", "examples/psf", "--format", "xml"], { now: NOW });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be one of human, json, markdown, not 'xml'.");
    const repo = await runCli(["status", "--repo", "psf"], { now: NOW, env: { GITHUB_TOKEN: "t" } });
    expect(repo.code).toBe(2);
    expect(repo.stderr).toContain("--repo must be owner/name, not 'psf'.");
    const token = await runCli(["status", "--repo", "psf/governance"], { now: NOW, env: {} });
    expect(token.code).toBe(2);
    expect(token.stderr).toContain("needs a token in the GITHUB_TOKEN (or GH_TOKEN) environment variable");
    const missing = await runCli(["status", "no/such/folder"], { now: NOW });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /wgbot status: .*no\/such\/folder is not a directory\. Give the folder of a governance repository\./,
    );
  });
});

describe("wgbot status --repo: the open requests from GitHub", () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = await new FakeGitHub().start();
    fake.setTime(NOW);
  });
  afterEach(async () => {
    await fake.stop();
  });

  it("lists proposals and grant requests by stage with age and decision target, and writes nothing, twice", async () => {
    fake.addIssue({
      number: 41,
      title: "Grant request: PyCon Example 2027",
      body: grantBody(),
      labels: [{ name: "kind/grant" }, { name: "status/grants-wg-review" }],
      created_at: daysAgo(10),
    });
    fake.addIssue({
      number: 42,
      title: "Grant request: <b>Sprint</b> @psf/board",
      body: grantBody(),
      labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
      created_at: daysAgo(3),
    });
    fake.addIssue({
      number: 43,
      title: "New work group: Typing",
      body: charterBody(),
      labels: [{ name: "kind/charter" }, { name: "status/board-review" }],
      milestone: { number: 1, title: "Board meeting 2027-01-13" },
      created_at: daysAgo(30),
    });
    fake.addIssue({
      number: 40,
      title: "Grant request: DjangoCon Example",
      body: grantBody(),
      state: "closed",
      labels: [{ name: "kind/grant" }, { name: "status/approved" }],
      created_at: daysAgo(90),
    });
    const argv = ["status", "examples/psf", "--repo", "psf/governance", "--api-url", fake.url];
    const io = { now: NOW, env: { GITHUB_TOKEN: "ghs_test" }, timing: SHORT_CLOCK };
    for (const round of [1, 2]) {
      fake.reset();
      const run = await runCli(argv, io);
      expect(run.stderr, `run ${round}`).toBe("");
      expect(run.code).toBe(0);
      expect(fake.writes).toEqual([]);
      const from = run.stdout.indexOf("Charter proposals (");
      expect(run.stdout.slice(from, run.stdout.indexOf("Next board meeting"))).toMatchInlineSnapshot(`
        "Charter proposals (1 open)
        #    Title                   Stage          Age  Decision target
        #43  New work group: Typing  Board review  30 d  2027-01-13 board

        Grant requests (2 open)
        #    Title                                    Stage               Age  Decision target
        #42  Grant request: <b>Sprint</b> @psf/board  Needs information   3 d  -
        #41  Grant request: PyCon Example 2027        Grants WG review   10 d  2026-12-23

        "
      `);
      expect(run.stdout).toContain("  - #43 New work group: Typing (Charter proposal)");
    }
    const md = await runCli([...argv, "--format", "markdown"], io);
    // A title's HTML and mentions are shown as text.
    expect(md.stdout).toContain("Grant request: &lt;b&gt;Sprint&lt;/b&gt; @\u200dpsf/board");
  });
});
