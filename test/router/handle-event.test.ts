/**
 * handleEvent (src/router/handle-event.ts): what it ignores before any flow runs (and so before any request), the
 * item gone while its event was handled, and the item locks (src/router/item-locks.ts) it takes around a flow:
 * runs on one item one after the other, on different items side by side, and a failed run lets the next one go.
 * The flows are the real ones, against the loopback fake GitHub; runs are held open by a deferred promise in the
 * one place a flow waits on its context (`self`, wgbot's identity), never by a real wait.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Identity } from "../../src/gather/identity.ts";
import type { WebhookEvent } from "../../src/model/event.ts";
import type { Self } from "../../src/model/markers.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { type ItemLocks, localItemLocks } from "../../src/router/item-locks.ts";
import { grantBody } from "../support/bodies.ts";
import { contextFor } from "../support/client.ts";
import { BOT, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { commentEvent, issuesEvent } from "../support/payloads.ts";
import { NOW } from "../support/probot.ts";

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
});
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

const ctx = (self?: Identity) => contextFor(fake, { now: NOW, ...(self ? { self } : {}) });
const event = (e: { name: string; payload: unknown }) => e as WebhookEvent;

function grantRequest(): FakeIssue {
  return fake.addIssue({ title: "Grant request", body: grantBody(), labels: [{ name: "kind/grant" }] });
}

/** An ItemLocks that records the keys it was asked to hold. */
function recording(): ItemLocks & { keys: string[] } {
  const inner = localItemLocks();
  const keys: string[] = [];
  return {
    keys,
    run: (key, work) => {
      keys.push(key);
      return inner.run(key, work);
    },
  };
}

/** wgbot's identity for one run, held until the test lets it go: `reached` once the run asks for it. */
function heldSelf() {
  let arrive = () => {};
  const reached = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let release: (self: Self) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const answer = new Promise<Self>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  let asked = false;
  const self: Identity = () => {
    asked = true;
    arrive();
    return answer;
  };
  return {
    self,
    reached,
    asked: () => asked,
    open: () => release({ login: BOT.login }),
    fail,
  };
}

const issueReads = (n: number) =>
  fake.requests.filter((r) => r.method === "GET" && r.path === `/repos/psf/governance/issues/${n}`);

describe("what handleEvent ignores, before any request", () => {
  it("events from bots: wgbot's own, another app's, and events with no sender", async () => {
    const issue = grantRequest();
    const locks = recording();
    for (const sender of ["wgbot[bot]", "dependabot[bot]"]) {
      const outcome = await handleEvent(event(issuesEvent(fake, "edited", issue, sender)), ctx(), locks);
      expect(outcome).toEqual({ flow: "ignored", summary: `event from bot ${sender}`, writes: [] });
    }
    const noSender = issuesEvent(fake, "opened", issue);
    const { sender: _, ...payload } = noSender.payload;
    expect((await handleEvent(event({ name: "issues", payload }), ctx(), locks)).summary).toBe(
      "event from bot (unknown)",
    );
    // A person whose account is a Bot type is a bot too.
    const typed = commentEvent(fake, issue, { id: 1, body: "/recheck", login: "helper", type: "Bot" });
    expect((await handleEvent(event(typed), ctx(), locks)).summary).toBe("event from bot helper");
    expect(fake.requests).toEqual([]);
    expect(locks.keys).toEqual([]); // an ignored event never waits on its item
  });

  it("an edited comment is never a command, however it reads", async () => {
    const issue = grantRequest();
    const created = commentEvent(fake, issue, { id: 2, body: "/recheck", login: "ada" });
    const edited = { name: "issue_comment", payload: { ...created.payload, action: "edited" } };
    const outcome = await handleEvent(event(edited), ctx());
    expect(outcome).toEqual({ flow: "ignored", summary: "no flow for issue_comment.edited", writes: [] });
    expect(fake.requests).toEqual([]);
  });

  it("a new comment that is not a command, or names a command wgbot does not have", async () => {
    const issue = grantRequest();
    for (const body of ["Thanks, looks good!", "/shrug", "/frobnicate now", "> /recheck"]) {
      const outcome = await handleEvent(
        event(commentEvent(fake, issue, { id: 3, body, login: "ada" })),
        ctx(),
      );
      expect(outcome.summary, body).toBe("comment is not a command");
    }
    expect(fake.requests).toEqual([]);
  });

  it("events no flow declares", async () => {
    const issue = grantRequest();
    const closed = {
      name: "issues",
      payload: { ...issuesEvent(fake, "opened", issue).payload, action: "closed" },
    };
    expect((await handleEvent(event(closed), ctx())).summary).toBe("no flow for issues.closed");
    const push = { name: "push", payload: { sender: { login: "ada", type: "User" } } };
    expect((await handleEvent(event(push), ctx())).summary).toBe("no flow for push.");
    expect(fake.requests).toEqual([]);
  });

  it("a scheduled run has no sender and is still routed, to the sweep, holding no item", async () => {
    const locks = recording();
    const outcome = await handleEvent(
      event({ name: "schedule", payload: { schedule: "17 6 * * *" } }),
      contextFor(fake, { now: NOW, dryRun: true }),
      locks,
    );
    expect(outcome.flow).toBe("sweep");
    expect(locks.keys).toEqual([]);
    expect(fake.writes).toEqual([]);
  });
});

describe("an item gone while its event was handled", () => {
  it("a 404 for the item itself ends the event quietly, with a warning", async () => {
    const warnings: string[] = [];
    const gone = { ...grantRequest(), number: 9_999 };
    const outcome = await handleEvent(event(issuesEvent(fake, "opened", gone)), {
      ...ctx(),
      log: { info() {}, warn: (m) => warnings.push(m) },
    });
    expect(outcome).toEqual({ flow: "ignored", summary: "#9999 no longer exists", writes: [] });
    expect(warnings).toEqual(["#9999 no longer exists (HTTP 404); nothing to do."]);
  });

  it("any other failure is the runtime's to report: the event fails", async () => {
    const issue = grantRequest();
    fake.faults = [{ method: "GET", path: new RegExp(`/issues/${issue.number}$`), status: 500, times: 1 }];
    await expect(handleEvent(event(issuesEvent(fake, "opened", issue)), ctx())).rejects.toMatchObject({
      status: 500,
    });
    // A 404 for something other than the item (here a GraphQL read) is no "item gone" either.
    fake.faults = [{ method: "POST", path: /\/graphql$/, status: 404, times: 1 }];
    await expect(handleEvent(event(issuesEvent(fake, "opened", issue)), ctx())).rejects.toMatchObject({
      status: 404,
    });
    fake.faults = [];
  });
});

describe("item locks", () => {
  it("hold the item the event is about, by owner/repo#number in lower case", async () => {
    const locks = recording();
    const issue = grantRequest();
    await handleEvent(event(issuesEvent(fake, "opened", issue)), ctx(), locks);
    expect(locks.keys).toEqual([`psf/governance#${issue.number}`]);
  });

  it("runs on one item wait for the one before to write; a run on another item does not wait", async () => {
    const locks = localItemLocks();
    const one = grantRequest();
    const other = grantRequest();
    const first = heldSelf();
    const second = heldSelf();
    const elsewhere = heldSelf();
    const a = handleEvent(event(issuesEvent(fake, "opened", one)), ctx(first.self), locks);
    const b = handleEvent(event(issuesEvent(fake, "edited", one)), ctx(second.self), locks);
    const c = handleEvent(event(issuesEvent(fake, "opened", other)), ctx(elsewhere.self), locks);
    await first.reached;
    // The run on the other item has read everything it needs while the first run holds its item.
    await elsewhere.reached;
    expect(second.asked()).toBe(false);
    expect(issueReads(one.number)).toHaveLength(1);
    expect(issueReads(other.number)).toHaveLength(1);

    first.open();
    expect((await a).writes.length).toBeGreaterThan(0);
    const endOfA = fake.requests.length;
    await second.reached;
    // The second run read the item only once the first one had written (the other run is held, reading nothing).
    const reads = issueReads(one.number);
    expect(reads).toHaveLength(2);
    expect(fake.requests.indexOf(reads[1] as (typeof reads)[number])).toBeGreaterThanOrEqual(endOfA);
    second.open();
    elsewhere.open();
    // It sees what the first run wrote, and writes nothing again.
    expect((await b).writes).toEqual([]);
    expect((await c).writes.length).toBeGreaterThan(0);
  });

  it("a run that fails lets the next run on its item go", async () => {
    const locks = localItemLocks();
    const issue = grantRequest();
    const first = heldSelf();
    const second = heldSelf();
    const a = handleEvent(event(issuesEvent(fake, "opened", issue)), ctx(first.self), locks);
    const b = handleEvent(event(issuesEvent(fake, "edited", issue)), ctx(second.self), locks);
    await first.reached;
    expect(second.asked()).toBe(false);
    first.fail(new Error("GitHub said no"));
    await expect(a).rejects.toThrow("GitHub said no");
    await second.reached;
    second.open();
    expect((await b).writes.length).toBeGreaterThan(0);
  });
});
