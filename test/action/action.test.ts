/**
 * The built GitHub Action (dist/index.js, what action.yml runs) as a child process with the environment a runner
 * gives it, against the loopback fake GitHub through GITHUB_API_URL (as on GitHub Enterprise Server: /api/v3).
 * Each test asserts the requests it makes, its exit code, its workflow commands and its job summary. The cases whose
 * time would go to GitHub's own waits (the retry backoff, the production spacing of writes) run the same entry,
 * src/action/main.ts, in this process on a short clock; the bundle's own runs cover each event kind and failure.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAction as runActionEntry, runnerIo } from "../../src/action/main.ts";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { charterYaml } from "../support/governance-files.ts";
import { issuesEvent } from "../support/payloads.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// WGBOT_ACTION_BUNDLE: check a bundle built elsewhere (dist/ is only rebuilt by `npm run build`).
const BUNDLE = process.env.WGBOT_ACTION_BUNDLE ?? join(ROOT, "dist", "index.js");
const CONFIG = "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n";

let fake: FakeGitHub;
let dir: string;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error("dist/index.js is missing: run `npm run build` first.");
});
beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  dir = await mkdtemp(join(tmpdir(), "wgbot-action-"));
});
afterEach(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
}

/** The environment the runner gives the step: GITHUB_* and INPUT_* variables, files for the summary and outputs. */
async function runnerEnv(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<Record<string, string | undefined>> {
  const eventPath = join(dir, "event.json");
  const summaryPath = join(dir, "summary.md");
  const outputPath = join(dir, "output.txt");
  await writeFile(eventPath, JSON.stringify(payload));
  await writeFile(summaryPath, "");
  await writeFile(outputPath, "");
  return {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "psf/governance",
    GITHUB_API_URL: `${fake.url}/api/v3`,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    INPUT_TOKEN: "ghs_workflow_token",
    "INPUT_DRY-RUN": "false",
    INPUT_CONFIG: ".github/wgbot.yml",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  };
}

async function finished(
  runEnv: Record<string, string | undefined>,
  run: Omit<ActionRun, "summary" | "outputs">,
): Promise<ActionRun> {
  return {
    ...run,
    summary: await readFile(runEnv.GITHUB_STEP_SUMMARY as string, "utf8"),
    outputs: await readFile(runEnv.GITHUB_OUTPUT as string, "utf8"),
  };
}

/** Runs dist/index.js the way the runner does: `node dist/index.js` with GITHUB_* and INPUT_* variables. */
async function runAction(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const runEnv = await runnerEnv(eventName, payload, inputs, env);
  const child = spawn(process.execPath, [BUNDLE], { cwd: dir, env: runEnv });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return finished(runEnv, { code, stdout, stderr });
}

/**
 * The same run in this process, through runAction (src/action/main.ts, all that dist/index.js runs) with the runner's
 * io, on a short clock: for the cases whose time goes to GitHub's waits — the retry backoff (1, 4, 9 s) and the
 * production spacing of writes (1 s; 3 s for each issue or comment created) — rather than to the bundle. What goes
 * to stderr in a child process would be an exception here, which fails the test.
 */
async function runActionInProcess(
  eventName: string,
  payload: unknown,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const runEnv = await runnerEnv(eventName, payload, inputs, env);
  let stdout = "";
  const code = await runActionEntry(runEnv, {
    ...runnerIo(runEnv),
    stdout: (text) => {
      stdout += text;
    },
    timing: SHORT_CLOCK,
  });
  return finished(runEnv, { code, stdout, stderr: "" });
}

/** Event dates a safe distance from the real clock: the Action, like the runner, uses the time it runs at. */
function datesFromNow(days: number) {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return { start_date: day(days), end_date: day(days + 2) };
}

function requests() {
  return fake.requests.map((r) => `${r.method} ${r.path}`);
}

describe("dist/index.js on an issues.opened grant request", () => {
  it("labels and answers the request, then reports it in the log, the job summary and the step outputs", async () => {
    const issue = fake.addIssue({
      title: "Grant request: PyCon Example",
      body: grantBody(datesFromNow(150)),
      labels: [{ name: "kind/grant" }],
    });
    const run = await runAction("issues", issuesEvent(fake, "opened", issue).payload);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(requests()).toEqual([
      "GET /repos/psf/governance/contents/.github%2Fwgbot.yml",
      "GET /repos/psf/governance/issues/1",
      // Who the token is (`viewer { login }`): only its own comments are wgbot's.
      "POST /api/graphql",
      "POST /repos/psf/governance/issues/1/labels",
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
    ]);
    expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/grants-wg-review"]);
    expect(fake.commentsOn(1)).toHaveLength(1);
    expect(run.stdout).toContain("wgbot issues.opened: grant-request: #1 grant request complete");
    expect(run.stdout).toContain("::group::Writes made\n#1: add labels status/grants-wg-review\n");
    expect(run.summary).toContain("### wgbot: `issues.opened`");
    expect(run.summary).toContain("Changes made:");
    expect(run.summary).toContain("- #1: add labels status/grants-wg-review");
    expect(run.outputs).toBe("flow=grant-request\nwrites=2\n");

    // A second run (a redelivery, a re-run of the job) reads and writes nothing new.
    fake.reset();
    const again = await runAction("issues", issuesEvent(fake, "opened", issue).payload);
    expect(again.code).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(again.summary).toContain("Nothing to change");
  });

  it("turns the request's problems into annotations and a table in the job summary", async () => {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({ ...datesFromNow(150), coc_url: "", amount: "12,000 USD" }),
      labels: [{ name: "kind/grant" }],
    });
    const run = await runActionInProcess("issues", issuesEvent(fake, "opened", issue).payload);
    expect(run.code).toBe(0);
    const annotations = run.stdout.split("\n").filter((l) => /^::(error|warning) /.test(l));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::error title=issue #1%3A .*::.*Code of Conduct/),
    );
    expect(annotations).toContainEqual(
      expect.stringMatching(/^::warning title=issue #1%3A requested.amount::/),
    );
    expect(run.summary).toMatch(/\| ❌ \| issue #1, .* \| .*Code of Conduct/);
    expect(fake.labelsOn(1)).toContain("status/needs-info");
  });

  it("writes nothing with dry-run: true, and says what it would have written", async () => {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody(datesFromNow(150)),
      labels: [{ name: "kind/grant" }],
    });
    const run = await runAction("issues", issuesEvent(fake, "opened", issue).payload, { "dry-run": "true" });
    expect(run.code).toBe(0);
    expect(fake.writes).toEqual([]);
    // Reads only: GETs, and the GraphQL query that asks who the token is.
    expect(requests().filter((r) => !r.startsWith("GET "))).toEqual(["POST /api/graphql"]);
    expect(run.stdout).toContain("::group::Writes it would make (dry run)");
    expect(run.summary).toContain("(dry run)");
    expect(run.summary).toContain("Changes it **would** make (none were made):");
    expect(run.outputs).toContain("writes=2\n");
  });

  it("reads the config from the path given in the config input", async () => {
    fake.files.delete(".github/wgbot.yml");
    fake.files.set("governance/wgbot.yml", CONFIG);
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody(datesFromNow(150)),
      labels: [{ name: "kind/grant" }],
    });
    const run = await runActionInProcess("issues", issuesEvent(fake, "opened", issue).payload, {
      config: "governance/wgbot.yml",
    });
    expect(run.code).toBe(0);
    expect(requests()[0]).toBe("GET /repos/psf/governance/contents/governance%2Fwgbot.yml");
  });
});

describe("dist/index.js on a schedule", () => {
  /** A work group chartered six months ago that has never reported: overdue and at risk whatever today is. */
  function silentWorkGroup() {
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 1));
    const review = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 23, 1));
    fake.files.set(
      "workgroups/packaging/charter.yml",
      charterYaml({ slug: "packaging", start: ymd(start), review: ymd(review) }),
    );
  }
  const ymd = (d: Date) => d.toISOString().slice(0, 10);

  it("runs the sweep: one GraphQL read of the repository, one of who it is, the issue lists, and the reminders it owes", async () => {
    silentWorkGroup();
    const run = await runActionInProcess("schedule", { schedule: "17 6 * * *" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const reads = fake.requests.filter((r) => r.method === "GET" || r.path.endsWith("graphql"));
    expect(reads[0]).toMatchObject({ method: "POST", path: "/api/graphql" });
    expect((reads[0]?.body as { variables?: Record<string, string> } | undefined)?.variables).toMatchObject({
      owner: "psf",
      name: "governance",
      config: "HEAD:.github/wgbot.yml",
    });
    const isViewer = (r: (typeof reads)[number]) => JSON.stringify(r.body ?? "").includes("viewer");
    expect(reads.filter(isViewer)).toHaveLength(1);
    // The job summary's foundation status (src/action/status-summary.ts) reads the repository once more.
    const isGovernance = (r: (typeof reads)[number]) =>
      JSON.stringify(r.body ?? "").includes("WgbotGovernance");
    expect(reads.filter(isGovernance)).toHaveLength(2);
    expect(
      reads
        .slice(1)
        .filter((r) => !isViewer(r) && !isGovernance(r))
        .every((r) => r.method === "GET" && r.path.startsWith("/repos/psf/governance/")),
    ).toBe(true);
    const created = fake.writes.map((w) => `${w.method} ${w.path} ${(w.body as { title?: string }).title}`);
    expect(created).toContainEqual(
      expect.stringMatching(/^POST \/repos\/psf\/governance\/issues Report overdue: Packaging Work Group/),
    );
    expect(created).toContainEqual(
      expect.stringMatching(
        /^POST \/repos\/psf\/governance\/issues Work group at risk: Packaging Work Group/,
      ),
    );
    expect(run.stdout).toMatch(/^wgbot schedule: sweep: /m);
    // The summary counts what the sweep acts on and names the work groups concerned.
    expect(run.summary).toContain("1 with overdue reports (packaging), 1 at risk (packaging)");
    expect(run.summary).toContain("### wgbot: `schedule`");
    expect(run.summary).toMatch(/^### .*: the foundation on \d{4}-\d{2}-\d{2}$/m);
    expect(run.outputs).toContain("flow=sweep\n");

    // The next day's run finds its reminders and writes nothing.
    fake.reset();
    const again = await runActionInProcess("schedule", { schedule: "17 6 * * *" });
    expect(again.code).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it("runs the same sweep for workflow_dispatch, with the config from the config input", async () => {
    fake.files.set("governance/wgbot.yml", fake.files.get(".github/wgbot.yml") as string);
    fake.files.delete(".github/wgbot.yml");
    const run = await runAction(
      "workflow_dispatch",
      { inputs: {}, ref: "refs/heads/main", sender: { login: "ada", type: "User" } },
      { config: "governance/wgbot.yml", "dry-run": "true" },
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toContain("flow=sweep\n");
    expect(
      (fake.requests[0]?.body as { variables?: Record<string, string> } | undefined)?.variables?.config,
    ).toBe("HEAD:governance/wgbot.yml");
    expect(fake.writes).toEqual([]);
  });
});

describe("dist/index.js failing", () => {
  it("fails the step with an ::error:: line when GitHub refuses the token", async () => {
    fake.faults.push({ path: /contents/, status: 401, times: 10, body: { message: "Bad credentials" } });
    const issue = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    const run = await runAction("issues", issuesEvent(fake, "opened", issue).payload);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::wgbot failed on issues.opened: GitHub answered 401 to GET .*\/contents\/.*: Bad credentials/m,
    );
    expect(run.summary).toContain("❌ **The run failed**");
    expect(fake.writes).toEqual([]);
  });

  it("retries a failing API a bounded number of times, then fails the step", async () => {
    fake.faults.push({ method: "POST", path: /\/labels$/, status: 502, times: 100 });
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody(datesFromNow(150)),
      labels: [{ name: "kind/grant" }],
    });
    const run = await runActionInProcess("issues", issuesEvent(fake, "opened", issue).payload);
    expect(run.code).toBe(1);
    // One request and three retries (after 1, 4 and 9 seconds): bounded, and no comment after the failed write.
    expect(requests().filter((r) => r === "POST /repos/psf/governance/issues/1/labels")).toHaveLength(4);
    expect(fake.commentsOn(1)).toEqual([]);
    expect(run.stdout).toMatch(/^::error::wgbot failed on issues.opened: GitHub answered 502 to POST /m);
  });

  it("the bundle carries the retries: a read that fails with 502 is retried after a second and the step succeeds", async () => {
    fake.faults.push({ method: "GET", path: /\/issues\/1$/, status: 502, times: 1 });
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody(datesFromNow(150)),
      labels: [{ name: "kind/grant" }],
    });
    // A dry run: no write waits on the spacing of writes, so the run takes the one retry's second.
    const run = await runAction("issues", issuesEvent(fake, "opened", issue).payload, { "dry-run": "true" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(requests().filter((r) => r === "GET /repos/psf/governance/issues/1")).toHaveLength(2);
    expect(run.outputs).toBe("flow=grant-request\nwrites=2\n");
  });

  it("fails with every missing setting named when it does not run under a workflow", async () => {
    const run = await runAction(
      "issues",
      {},
      {},
      { GITHUB_EVENT_NAME: "", GITHUB_REPOSITORY: "", INPUT_TOKEN: "" },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::wgbot could not start: GITHUB_EVENT_NAME is not set/m);
    expect(run.stdout).toContain("GITHUB_REPOSITORY is not set");
    expect(run.stdout).toContain("The token input is empty");
    expect(fake.requests).toEqual([]);
  });

  it("rejects a dry-run input that is not a boolean rather than guessing", async () => {
    const run = await runAction("issues", {}, { "dry-run": "yes" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The dry-run input must be true or false, not 'yes'.");
  });
});
