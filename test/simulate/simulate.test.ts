/**
 * `wgbot simulate`: the real handlers on the example payloads, reads served offline from examples/psf and the
 * payload, writes recorded and never sent; and `npm run demo`, which replays the story (the offline GitHub itself:
 * offline-github.test.ts).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Write } from "../../src/model/write.ts";
import { ROOT, runCli } from "../support/cli.ts";

const EVENTS = join(ROOT, "examples", "events");

const run = (argv: string[]) => runCli(argv);

interface JsonPlan {
  event: string;
  flow: string;
  summary: string;
  writes: Write[];
  problems: { severity: string; message: string }[];
  requests: { method: string; path: string; status: number; write: boolean; source: string }[];
}

async function plan(argv: string[]): Promise<JsonPlan> {
  const result = await run([...argv, "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonPlan;
}

describe("wgbot simulate", () => {
  it("runs the grant flow on a real-shaped payload and prints the plan without writing", async () => {
    const result = await run([
      "simulate",
      "issues",
      "examples/events/02-grant-request.json",
      "--repo",
      "examples/psf",
      "--now",
      "2026-11-21T12:00:00Z",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'issues.opened on psf/governance: #42 "Grant request: PyCon Example 2027"',
    );
    expect(result.stdout).toContain("dry run: nothing is written to GitHub");
    expect(result.stdout).toContain(
      "Flow: grant-request — #42 grant request complete: routed to the Grants WG",
    );
    expect(result.stdout).toContain("1. #42: add labels status/grants-wg-review, grant/over-threshold");
    expect(result.stdout).toContain("2. #42: comment");
    expect(result.stdout).toContain("then the board decides");
    expect(result.stdout).not.toContain("attempted");
  });

  it("reads only what the flow needs, offline: the config from the repository, the comments from the payload", async () => {
    const json = await plan([
      "simulate",
      "issues.opened",
      "examples/events/01-charter-proposal.json",
      "--repo",
      "examples/psf",
    ]);
    expect(json.flow).toBe("charter-request");
    expect(json.writes).toContainEqual({ kind: "add-labels", issue: 41, labels: ["status/board-review"] });
    expect(json.writes).toContainEqual(expect.objectContaining({ kind: "create-comment", issue: 41 }));
    expect(json.requests.every((r) => !r.write && r.source !== "unanswered")).toBe(true);
    expect(json.requests).toContainEqual({
      method: "GET",
      path: "/repos/psf/governance/contents/.github%2Fwgbot.yml",
      status: 200,
      write: false,
      source: "repository",
    });
    // The proposal's slug is checked against the work groups that exist in the local repository.
    expect(json.requests).toContainEqual(
      expect.objectContaining({ path: "/repos/psf/governance/contents/workgroups", status: 200 }),
    );
  });

  it("simulates a scheduled sweep over the whole local repository", async () => {
    const json = await plan([
      "simulate",
      "schedule",
      "examples/events/schedule.json",
      "--repo",
      "examples/psf",
    ]);
    expect(json.flow).toBe("sweep");
    // The Diversity & Inclusion WG's last report in examples/psf is for 2026-08: reminded, and at risk.
    const titles = json.writes.flatMap((w) => (w.kind === "create-issue" ? [w.title] : []));
    expect(titles).toContainEqual(expect.stringMatching(/overdue.*Diversity and Inclusion Work Group/i));
    expect(titles).toContainEqual(expect.stringMatching(/at risk.*Diversity and Inclusion Work Group/i));
    // One query for the repository, one for the text of the reports the next meeting's agenda lists.
    expect(json.requests.filter((r) => r.path === "/graphql")).toEqual([
      { method: "POST", path: "/graphql", status: 200, write: false, source: "repository" },
      { method: "POST", path: "/graphql", status: 200, write: false, source: "repository" },
    ]);
  });

  it("replaces the action with issues.<action>, and the sender with --as", async () => {
    const result = await run([
      "simulate",
      "issues.edited",
      "examples/events/02-grant-request.json",
      "--repo",
      "examples/psf",
      "--as",
      "dependabot[bot]",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("issues.edited on psf/governance");
    expect(result.stdout).toContain("(sent by @dependabot[bot])");
    expect(result.stdout).toContain("Flow: ignored — event from bot dependabot[bot]");
  });

  it("never passes a payload's control characters to the terminal", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wgbot-simulate-"));
    try {
      const payload = JSON.parse(await readFile(join(EVENTS, "02-grant-request.json"), "utf8"));
      payload.issue.title = "Grant \u001b[2J\u001b]0;pwned\u0007 request";
      payload.issue.body = payload.issue.body.replace(
        "PyCon Example 2027",
        "PyCon \u001b[31mRed\u001b[0m 2027",
      );
      await writeFile(join(dir, "hostile.json"), JSON.stringify(payload));
      const result = await run(["simulate", "issues", join(dir, "hostile.json"), "--repo", "examples/psf"]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/(?![\n\t])\p{Cc}/u);
      // Written out, as in every other message, so the reader sees what was typed.
      expect(result.stdout).toContain('"Grant <U+001B>[2J<U+001B>]0;pwned<U+0007> request"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects what it cannot simulate with a usage error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wgbot-simulate-"));
    try {
      await writeFile(join(dir, "list.json"), "[]");
      await writeFile(join(dir, "broken.json"), "{");
      const cases: [string[], string][] = [
        [["simulate", "issues"], "needs an event name and a payload file"],
        [["simulate", "issues", join(dir, "missing.json")], "cannot read the payload file"],
        [["simulate", "issues", join(dir, "list.json")], "must hold a webhook payload"],
        [["simulate", "issues", join(dir, "broken.json")], "is not JSON"],
        [
          ["simulate", "Issues!", "examples/events/02-grant-request.json"],
          "is not a GitHub event. Did you mean 'issues'?",
        ],
        [
          ["simulate", "issues", "examples/events/02-grant-request.json", "--now", "tuesday"],
          "--now must be",
        ],
        [
          ["simulate", "issues", "examples/events/02-grant-request.json", "--repo", "nowhere"],
          "is not a directory",
        ],
        [
          ["simulate", "issues", "examples/events/02-grant-request.json", "--member", "a:b:c"],
          "--member must be",
        ],
      ];
      for (const [argv, message] of cases) {
        const result = await run(argv);
        expect(result.code, argv.join(" ")).toBe(2);
        expect(result.stderr).toContain(message);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run demo", () => {
  let output: { code: number; stdout: string };
  beforeAll(async () => {
    const result = await promisify(execFile)(process.execPath, [join(ROOT, "scripts", "demo.mjs")], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    output = { code: 0, stdout: result.stdout };
  }, 30_000);
  afterAll(() => {});

  it("replays every step of the story with the built CLI and prints each plan", () => {
    expect(output.code).toBe(0);
    expect(output.stdout).toContain("── Step 1 of 5: Grace proposes a Documentation work group");
    expect(output.stdout).toContain(
      "$ wgbot simulate issues examples/events/01-charter-proposal.json --repo examples/psf",
    );
    expect(output.stdout).toContain("Flow: charter-request — #41 charter proposal complete");
    expect(output.stdout).toContain("Flow: grant-request — #42 grant request complete");
    expect(output.stdout).toContain("add labels status/grants-wg-review, grant/over-threshold");
    // The Grants WG's recommendation sends the grant, over the threshold, to the board.
    expect(output.stdout).toContain("Flow: recommend-command — #42");
    expect(output.stdout).toContain("#42: add labels status/board-review");
    // The report pull request gets its check run and labels, and its board ask goes to the board.
    expect(output.stdout).toContain("Flow: report-pr — PR #43");
    expect(output.stdout).toMatch(/check run "wgbot" on 8f1d3c2: success/);
    expect(output.stdout).toContain("── Step 5 of 5: At its meeting on 2027-01-13, the board approves");
    expect(output.stdout).toContain("Flow: board-command — #41 /board: board approved");
    expect(output.stdout).toContain("add workgroups/documentation/charter.yml");
    expect(output.stdout).toMatch(/^5 steps: 5 handled\.$/m);
    expect(output.stdout).not.toContain("failed");
  });
});

describe("wgbot simulate echoes people's text inertly", () => {
  it("writes no line the Actions runner takes as a command and shows invisible characters, in both formats", async () => {
    const payload = JSON.parse(await readFile(join(EVENTS, "02-grant-request.json"), "utf8")) as {
      issue: { title: string };
    };
    payload.issue.title = "Grant\n::error::forged\n##[group]x for Py\u200BCon \u202Eevil";
    const dir = await mkdtemp(join(tmpdir(), "wgbot-sim-inert-"));
    const file = join(dir, "payload.json");
    await writeFile(file, JSON.stringify(payload));
    try {
      for (const format of ["human", "json"]) {
        const result = await run(["simulate", "issues", file, "--repo", "examples/psf", "--format", format]);
        expect(result.code, result.stderr).toBe(0);
        for (const line of `${result.stdout}\n${result.stderr}`.split("\n")) {
          expect(line, format).not.toMatch(/^\s*::/);
          expect(line, format).not.toContain("##[");
          expect(line, format).not.toMatch(/[\u200B\u202E]/);
        }
      }
      const human = await run(["simulate", "issues", file, "--repo", "examples/psf"]);
      expect(human.stdout).toContain(
        "Grant\n:<U+003A>error::forged\n#<U+0023>[group]x for Py<U+200B>Con <U+202E>evil",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
