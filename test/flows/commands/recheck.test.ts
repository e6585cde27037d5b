/**
 * `/recheck` (src/flows/commands/recheck.ts) against the loopback fake GitHub: who may use it, and its one reply
 * when it changes nothing. Its refusal is a `Rounds` whose decide is the reply's text: from someone who may not,
 * or malformed, one reply to that comment and never a second; from the author or a maintainer, the request flow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recheckCommand } from "../../../src/flows/commands/recheck.ts";
import type { WebhookEvent } from "../../../src/model/event.ts";
import { grantBody } from "../../support/bodies.ts";
import { contextFor } from "../../support/client.ts";
import { FakeGitHub, type FakeIssue } from "../../support/fake-github.ts";
import { commentEvent } from "../../support/payloads.ts";
import { NOW } from "../../support/probot.ts";

let fake: FakeGitHub;
let nextComment = 500;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
});
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const grant = () =>
  fake.addIssue({ title: "Grant request", body: grantBody(), labels: [{ name: "kind/grant" }] });

function recheck(issue: FakeIssue, login: string, body = "/recheck", association = "NONE") {
  const id = ++nextComment;
  fake.addComment(issue.number, body, { login, type: "User" });
  const event = commentEvent(fake, issue, { id, body, login, association }) as unknown as WebhookEvent;
  return {
    id,
    run: (dryRun = false) => recheckCommand.handle(event, contextFor(fake, { now: NOW, dryRun })),
  };
}

const REFUSAL = "Only the author of this issue or a maintainer of this repository can use `/recheck`.";

describe("/recheck", () => {
  it("from a stranger: one reply to that comment saying who may, and none on redelivery", async () => {
    const issue = grant();
    const { id, run } = recheck(issue, "mallory");
    const outcome = await run();
    expect(outcome.flow).toBe("recheck-refused");
    expect(outcome.summary).toBe(`refused /recheck on #${issue.number} (1 write)`);
    expect(outcome.writes).toEqual([
      { kind: "create-comment", issue: issue.number, body: `<!-- wgbot:reply:${id} -->\n${REFUSAL}` },
    ]);
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant"]);
    expect((await run()).writes).toEqual([]);
    expect(fake.commentsOn(issue.number).filter((c) => c.body.includes(REFUSAL))).toHaveLength(1);
  });

  it("malformed, even from the author: the reply says how to use it", async () => {
    const issue = grant();
    const { run } = recheck(issue, "ada", "/recheck now please");
    const outcome = await run();
    expect(outcome.flow).toBe("recheck-refused");
    expect(outcome.writes).toMatchObject([
      { kind: "create-comment", body: expect.stringContaining("Use `/recheck` alone.") },
    ]);
  });

  it("from the author or a maintainer: the request is answered again as its issue event would be", async () => {
    const issue = grant();
    const byAuthor = await recheck(issue, "ada").run();
    expect(byAuthor.flow).toBe("grant-request");
    expect(fake.labelsOn(issue.number)).toContain("status/grants-wg-review");
    for (const association of ["OWNER", "MEMBER", "COLLABORATOR"]) {
      const outcome = await recheck(issue, "maintainer", "/recheck", association).run();
      expect(outcome.flow, association).toBe("grant-request");
      expect(outcome.writes, association).toEqual([]); // nothing changed since
    }
    expect((await recheck(issue, "someone", "/recheck", "CONTRIBUTOR").run()).flow).toBe("recheck-refused");
  });

  it("a dry run plans the reply and writes nothing", async () => {
    const issue = grant();
    const outcome = await recheck(issue, "mallory").run(true);
    expect(outcome.writes.map((w) => w.kind)).toEqual(["create-comment"]);
    expect(fake.writes).toEqual([]);
  });

  it("reads nothing for a pull request or a closed issue", async () => {
    const closed = fake.addIssue({
      title: "Grant",
      body: grantBody(),
      state: "closed",
      labels: [{ name: "kind/grant" }],
    });
    expect((await recheck(closed, "ada").run()).summary).toBe(`#${closed.number} is closed`);
    const pull = fake.addPull({ changes: { "a.yml": "x\n" } }).issue;
    const event = commentEvent(fake, pull, { id: 1, body: "/recheck", login: "alice" });
    event.payload.issue = {
      ...event.payload.issue,
      pull_request: { url: "https://example.invalid" },
    } as never;
    expect(
      (await recheckCommand.handle(event as unknown as WebhookEvent, contextFor(fake, { now: NOW }))).summary,
    ).toBe("not an issue");
    expect(fake.requests).toEqual([]);
  });
});
