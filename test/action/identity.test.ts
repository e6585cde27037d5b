/**
 * The Action's identity: the account of the token it runs with, learned with GraphQL `viewer { login }` (REST
 * `GET /user` refuses installation tokens). Through the Action's entry (src/action/main.ts `runAction`, what
 * dist/index.js runs) with a runner's environment, against the fake GitHub on /api/v3 as on GitHub Enterprise.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../../src/action/main.ts";
import { marker } from "../../src/model/markers.ts";
import { grantBody } from "../support/bodies.ts";
import { asBot, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { SHORT_CLOCK } from "../support/timing.ts";

const CONFIG = "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n";
const ACTIONS_BOT = asBot("github-actions[bot]");

let fake: FakeGitHub;
let dir: string;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  // The workflow's GITHUB_TOKEN acts as GitHub Actions' bot.
  fake.actor = ACTIONS_BOT;
  dir = await mkdtemp(join(tmpdir(), "wgbot-identity-"));
});
afterEach(async () => {
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
});

async function run(issue: FakeIssue): Promise<{ code: number; stdout: string }> {
  const eventPath = join(dir, "event.json");
  await writeFile(eventPath, JSON.stringify(issuesEvent(fake, "opened", issue).payload));
  let stdout = "";
  const code = await runAction(
    {
      GITHUB_EVENT_NAME: "issues",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: "psf/governance",
      GITHUB_API_URL: `${fake.url}/api/v3`,
      INPUT_TOKEN: "ghs_workflow_token",
    },
    {
      stdout: (text) => {
        stdout += text;
      },
      summary: () => {},
      output: () => {},
      now: () => new Date("2026-11-21T12:00:00Z"),
      // GitHub's waits (the spacing of writes) on a short clock: the requests and their order are production's.
      timing: SHORT_CLOCK,
    },
  );
  return { code, stdout };
}

const viewerQueries = () =>
  fake.requests.filter(
    (r) => r.path === "/api/graphql" && /viewer\s*\{\s*login/.test(JSON.stringify(r.body)),
  );

function grant(): FakeIssue {
  return fake.addIssue({
    title: "Grant request",
    body: grantBody({ coc_url: "", start_date: "2027-06-01", end_date: "2027-06-03" }),
    labels: [{ name: "kind/grant" }],
  });
}

describe("the Action as github-actions[bot]", () => {
  it("finds its own sticky comment, writes nothing on a second run, and ignores my-app[bot]'s", async () => {
    const issue = grant();
    const theirs = fake.addComment(1, `${marker("request-report")}\nAll good!`, asBot("my-app[bot]"));
    const first = await run(issue);
    expect(first.code, first.stdout).toBe(0);
    const own = fake.commentsOn(1).filter((c) => c.user.login === ACTIONS_BOT.login);
    expect(own).toHaveLength(1);
    expect(own[0]?.body.startsWith(`${marker("request-report")}\n`)).toBe(true);
    expect(fake.comments.find((c) => c.id === theirs.id)?.body).toBe(
      `${marker("request-report")}\nAll good!`,
    );
    expect(fake.writes.filter((w) => w.path.endsWith(`/comments/${theirs.id}`))).toEqual([]);
    // Who it is: one GraphQL `viewer` query for the run.
    expect(viewerQueries()).toHaveLength(1);

    fake.reset();
    const second = await run(issue);
    expect(second.code, second.stdout).toBe(0);
    expect(fake.writes).toEqual([]);
    expect(viewerQueries()).toHaveLength(1);
  });

  it("edits its own comment when the request changes, never my-app[bot]'s", async () => {
    const issue = grant();
    const theirs = fake.addComment(1, `${marker("request-report")}\nAll good!`, asBot("my-app[bot]"));
    await run(issue);
    const own = fake.commentsOn(1).find((c) => c.user.login === ACTIONS_BOT.login);
    issue.body = grantBody({ start_date: "2027-06-01", end_date: "2027-06-03" });
    fake.reset();
    expect((await run(issue)).code).toBe(0);
    expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toContain(
      `PATCH /repos/psf/governance/issues/comments/${own?.id}`,
    );
    expect(fake.writes.filter((w) => w.path.endsWith(`/comments/${theirs.id}`))).toEqual([]);
  });

  it("fails the step, writing nothing, when GitHub does not say who the token is", async () => {
    fake.faults.push({ path: /graphql$/, status: 401, times: 10, body: { message: "Bad credentials" } });
    const result = await run(grant());
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::wgbot failed on issues\.opened: .*Bad credentials/m);
    expect(fake.writes).toEqual([]);
  });
});
