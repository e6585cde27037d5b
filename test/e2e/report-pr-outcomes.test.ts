/**
 * What the report pull request flow answers when there is nothing to check, and what it reads to know it: one
 * GraphQL request (the pull request as it is now, with its files) for a pull request closed since the event was
 * sent, one that changes no YAML file, and one that no longer exists; nothing at all for a payload that was already
 * closed. The messages are those the flow gave when these were two REST reads.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tokenIdentity } from "../../src/gather/identity.ts";
import type { GitHub } from "../../src/github/client.ts";
import type { WebhookEvent } from "../../src/model/event.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { clientFor } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { CONFIG, reportYaml } from "../support/governance-files.ts";
import { pullRequestEvent } from "../support/payloads.ts";

const REPORT = "workgroups/packaging/reports/2026-10.yml";
let fake: FakeGitHub;
let github: GitHub;
let warnings: string[];

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  github = clientFor(fake);
  warnings = [];
});
afterEach(async () => {
  await fake.stop();
});

async function handle(event: { name: string; payload: unknown }) {
  fake.reset();
  const outcome = await handleEvent(event as WebhookEvent, {
    github,
    repo: { owner: "psf", repo: "governance" },
    now: new Date("2026-11-21T12:00:00Z"),
    dryRun: false,
    log: { info() {}, warn: (m) => warnings.push(m) },
    self: tokenIdentity(github),
  });
  return { outcome, requests: fake.requests.map((r) => `${r.method} ${r.path}`) };
}

const report = () =>
  fake.addPull({
    author: "alice",
    changes: { [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-10" }) },
  });

describe("report pull requests with nothing to check", () => {
  it("a pull request closed after the event was sent: one read, no write", async () => {
    const pull = report();
    const event = pullRequestEvent(fake, "opened", pull);
    const issue = fake.issues.get(pull.number);
    if (issue) issue.state = "closed";
    expect(await handle(event)).toEqual({
      outcome: { flow: "ignored", summary: `PR #${pull.number} is closed`, writes: [] },
      requests: ["POST /graphql"],
    });
  });

  it("a payload already closed: no request", async () => {
    const pull = report();
    const issue = fake.issues.get(pull.number);
    if (issue) issue.state = "closed";
    expect(await handle(pullRequestEvent(fake, "opened", pull))).toMatchObject({
      outcome: { summary: `PR #${pull.number} is closed` },
      requests: [],
    });
  });

  it("a pull request that changes no YAML file: one read", async () => {
    const pull = fake.addPull({ author: "alice", changes: { "README.md": "# Governance\n" } });
    expect(await handle(pullRequestEvent(fake, "synchronize", pull))).toEqual({
      outcome: { flow: "ignored", summary: `PR #${pull.number} changes no YAML file`, writes: [] },
      requests: ["POST /graphql"],
    });
  });

  it("a pull request that no longer exists ends quietly, with a warning, as a 404 on REST did", async () => {
    const pull = report();
    const event = pullRequestEvent(fake, "reopened", pull);
    fake.pulls.delete(pull.number);
    fake.issues.delete(pull.number);
    expect(await handle(event)).toEqual({
      outcome: { flow: "ignored", summary: `#${pull.number} no longer exists`, writes: [] },
      requests: ["POST /graphql"],
    });
    expect(warnings).toEqual([`#${pull.number} no longer exists (GraphQL NOT_FOUND); nothing to do.`]);
  });
});
