/**
 * The settling round (src/flows/settle-round.ts) against the loopback fake GitHub: after wgbot created a sticky
 * comment, its comments are read again and every later copy of wgbot's own is deleted; nobody else's comment is,
 * whatever it starts with. One read per created sticky comment, none for other writes, none in a dry run.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runChain } from "../../src/flows/run-rounds.ts";
import { settleRound, settleRoundOf } from "../../src/flows/settle-round.ts";
import { marker } from "../../src/model/markers.ts";
import type { Write } from "../../src/model/write.ts";
import { contextFor } from "../support/client.ts";
import { BOT, FakeGitHub, OTHER_APP } from "../support/fake-github.ts";
import { NOW } from "../support/probot.ts";

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
});
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const STICKY = `${marker("request-report")}\nReport`;

/** An issue on which two racing runs each created wgbot's sticky comment, and someone copied it. */
function raced() {
  const issue = fake.addIssue({ title: "Request", body: "" }).number;
  const first = fake.addComment(issue, STICKY, BOT);
  fake.addComment(issue, STICKY, OTHER_APP);
  const second = fake.addComment(issue, STICKY, BOT);
  const created: Write = { kind: "create-comment", issue, body: STICKY };
  return { issue, first, second, created };
}

describe("settleRound", () => {
  it("deletes wgbot's later copy, keeps the first and anyone else's, after one read of the comments", async () => {
    const { issue, first, second, created } = raced();
    const deletes = await settleRound(contextFor(fake, { now: NOW }), [
      { kind: "add-labels", issue, labels: ["x"] },
      created,
    ]);
    expect(deletes).toEqual([{ kind: "delete-comment", issue, commentId: second.id }]);
    expect(fake.commentsOn(issue).map((c) => [c.id === first.id, c.user.login])).toEqual([
      [true, "wgbot[bot]"],
      [false, "other-app[bot]"],
    ]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/psf/governance/issues/${issue}/comments`,
      "POST /graphql",
      `DELETE /repos/psf/governance/issues/comments/${second.id}`,
    ]);
  });

  it("reads nothing for a comment without a marker, nor in a dry run", async () => {
    const { issue, created } = raced();
    const ctx = contextFor(fake, { now: NOW });
    expect(await settleRound(ctx, [{ kind: "create-comment", issue, body: "Thanks!" }])).toEqual([]);
    expect(await settleRound({ ...ctx, dryRun: true }, [created])).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it("applies its deletes through the function it is given", async () => {
    const { second, created } = raced();
    const applied: Write[] = [];
    const deletes = await settleRound(contextFor(fake, { now: NOW }), [created], async (w) =>
      applied.push(w),
    );
    expect(applied).toEqual(deletes);
    expect(deletes).toMatchObject([{ commentId: second.id }]);
    expect(fake.writes).toEqual([]);
  });
});

describe("settleRoundOf", () => {
  it("is no round when no sticky comment was created", () => {
    expect(settleRoundOf([])).toBeUndefined();
    expect(settleRoundOf([{ kind: "create-comment", issue: 1, body: "plain" }])).toBeUndefined();
    expect(settleRoundOf([{ kind: "update-comment", issue: 1, commentId: 5, body: STICKY }])).toBeUndefined();
  });

  it("is a round of a chain that reads each item's comments and deletes the doubles", async () => {
    const a = raced();
    const b = raced();
    const round = settleRoundOf([a.created, b.created]);
    const chained = await runChain(round, contextFor(fake, { now: NOW }));
    expect(chained.writes).toEqual([
      { kind: "delete-comment", issue: a.issue, commentId: a.second.id },
      { kind: "delete-comment", issue: b.issue, commentId: b.second.id },
    ]);
    expect(fake.requests.filter((r) => r.method === "GET").map((r) => r.path)).toEqual([
      `/repos/psf/governance/issues/${a.issue}/comments`,
      `/repos/psf/governance/issues/${b.issue}/comments`,
    ]);
    expect(fake.commentsOn(a.issue)).toHaveLength(2);
  });
});
