/**
 * The runner (src/flows/run-rounds.ts) with tiny in-test flows against the loopback fake GitHub: `runRounds` runs
 * gather → decide → apply → settle → next, in that order, and reports every write; `runChain` runs each round's
 * gather → decide → apply and hands GitHub's answers to the next round. A dry run writes nothing and reports what it
 * would write.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Decision, Gathered, Round, Rounds } from "../../src/flows/flow-module.ts";
import { pure, round } from "../../src/flows/flow-module.ts";
import { runChain, runChainFlow, runRounds } from "../../src/flows/run-rounds.ts";
import { gatherComments } from "../../src/gather/comments.ts";
import type { CommentLike } from "../../src/model/comment.ts";
import type { WebhookEvent } from "../../src/model/event.ts";
import { marker } from "../../src/model/markers.ts";
import type { Write } from "../../src/model/write.ts";
import { contextFor } from "../support/client.ts";
import { BOT, FakeGitHub } from "../support/fake-github.ts";
import { NOW } from "../support/probot.ts";

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.reset();
  fake.faults = [];
});

const EVENT: WebhookEvent = { name: "test", payload: {} };
const STICKY = `${marker("test-report")}\nAll good.`;

interface State {
  issue: number;
  comments: CommentLike[];
}

/**
 * A flow that labels an issue and creates its sticky comment; each step notes itself in `steps`, with the number of
 * requests GitHub had seen by then.
 */
function labelAndComment(issue: number, overrides: Partial<Rounds<State, string[]>> = {}) {
  const steps: string[] = [];
  const note = (step: string) => steps.push(`${step} @${fake.requests.length}`);
  const flow: Rounds<State, string[]> = {
    gather: async (_event, ctx): Promise<Gathered<State>> => {
      note("gather");
      return { state: { issue, comments: await gatherComments(ctx.github, ctx.repo, issue) } };
    },
    decide: (state, now) => {
      note("decide");
      expect(now).toBe(NOW);
      return state.comments.length === 0 ? ["status/ready"] : [];
    },
    writes: (labels, state) => {
      note("writes");
      const writes: Write[] = [];
      if (labels.length > 0) writes.push({ kind: "add-labels", issue: state.issue, labels });
      if (state.comments.length === 0)
        writes.push({ kind: "create-comment", issue: state.issue, body: STICKY });
      return writes;
    },
    report: (labels, state) => {
      note("report");
      return {
        flow: "test-flow",
        summary: `#${state.issue} labelled ${labels.join(", ")}`,
        plan: { labels },
      };
    },
    next: async (_plan, _state, writes, ctx) => {
      note("next");
      if (ctx.dryRun) return [{ kind: "remove-label", issue, label: `planned after ${writes.length}` }];
      return [];
    },
    ...overrides,
  };
  return { flow, steps };
}

const requestLog = () => fake.requests.map((r) => `${r.method} ${r.path}`);

describe("runRounds", () => {
  it("gathers, decides, applies, settles the sticky comment, then runs the next round", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    const { flow, steps } = labelAndComment(issue);
    const outcome = await runRounds(flow, EVENT, contextFor(fake, { now: NOW }));
    expect(steps).toEqual(["gather @0", "decide @1", "writes @1", "report @3", "next @5"]);
    expect(requestLog()).toEqual([
      `GET /repos/psf/governance/issues/${issue}/comments`, // gather
      `POST /repos/psf/governance/issues/${issue}/labels`, // apply, in order
      `POST /repos/psf/governance/issues/${issue}/comments`,
      `GET /repos/psf/governance/issues/${issue}/comments`, // settle: the comments again…
      "POST /graphql", // …and wgbot's identity, to tell its own copies
    ]);
    expect(outcome).toEqual({
      flow: "test-flow",
      summary: `#${issue} labelled status/ready (2 writes)`,
      writes: [
        { kind: "add-labels", issue, labels: ["status/ready"] },
        { kind: "create-comment", issue, body: STICKY },
      ],
      plan: { labels: ["status/ready"] },
    });
    expect(fake.labelsOn(issue)).toEqual(["status/ready"]);
    expect(fake.commentsOn(issue).map((c) => c.body)).toEqual([STICKY]);
  });

  it("settles a race: the copy a concurrent run made first stays, its own is deleted and reported", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    let concurrent = 0;
    const { flow } = labelAndComment(issue, {
      // Between this run's read and its write, a concurrent run posted the same sticky comment.
      decide: () => {
        concurrent = fake.addComment(issue, STICKY, BOT).id;
        return [];
      },
    });
    const outcome = await runRounds(flow, EVENT, contextFor(fake, { now: NOW }));
    expect(fake.commentsOn(issue).map((c) => c.id)).toEqual([concurrent]);
    const [created, deleted] = outcome.writes;
    expect(created).toEqual({ kind: "create-comment", issue, body: STICKY });
    expect(deleted).toEqual({ kind: "delete-comment", issue, commentId: expect.any(Number) });
    expect((deleted as { commentId: number }).commentId).toBeGreaterThan(concurrent);
    expect(outcome.summary).toBe(`#${issue} labelled  (2 writes)`);
  });

  it("a flow that does not settle reads nothing after its writes", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    const { flow } = labelAndComment(issue, { settles: false });
    await runRounds(flow, EVENT, contextFor(fake, { now: NOW }));
    expect(requestLog().at(-1)).toBe(`POST /repos/psf/governance/issues/${issue}/comments`);
  });

  it("a dry run writes nothing, settles nothing, and reports the writes it would make, the next round's too", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    const { flow, steps } = labelAndComment(issue);
    const outcome = await runRounds(flow, EVENT, contextFor(fake, { now: NOW, dryRun: true }));
    expect(fake.writes).toEqual([]);
    expect(requestLog()).toEqual([`GET /repos/psf/governance/issues/${issue}/comments`]);
    expect(steps).toEqual(["gather @0", "decide @1", "writes @1", "report @1", "next @1"]);
    expect(outcome.writes).toEqual([
      { kind: "add-labels", issue, labels: ["status/ready"] },
      { kind: "create-comment", issue, body: STICKY },
      { kind: "remove-label", issue, label: "planned after 2" },
    ]);
    expect(outcome.summary).toBe(`#${issue} labelled status/ready (3 writes)`);
  });

  it("stops at gather when there is nothing to do: no decision, no write", async () => {
    const { flow, steps } = labelAndComment(1, {
      gather: async () => ({ ignored: "not ours" }),
    });
    expect(await runRounds(flow, EVENT, contextFor(fake, { now: NOW }))).toEqual({
      flow: "ignored",
      summary: "not ours",
      writes: [],
    });
    expect(steps).toEqual([]);
    expect(fake.requests).toEqual([]);
  });

  it("reports the flow's problems when it has some", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    fake.addComment(issue, "Someone was here");
    const problem = { file: "issue", severity: "error" as const, code: "x", message: "Broken" };
    const { flow } = labelAndComment(issue, {
      report: () => ({ flow: "test-flow", summary: "checked", problems: [problem] }),
    });
    const outcome = await runRounds(flow, EVENT, contextFor(fake, { now: NOW }));
    expect(outcome).toEqual({
      flow: "test-flow",
      summary: "checked (0 writes)",
      writes: [],
      plan: undefined,
      problems: [problem],
    });
    expect(fake.writes).toEqual([]);
  });
});

describe("runChain", () => {
  /** A milestone, then (with its number from GitHub's answer) the issue put on it; the steps noted in order. */
  function milestoneThenIssue(issue: number, steps: string[]): Round {
    return round(
      async () => {
        steps.push("gather 1");
        return "Board meeting 2027-01-13";
      },
      (title): Decision => {
        steps.push("decide 1");
        return {
          writes: [{ kind: "create-milestone", title, due_on: "2027-01-13T00:00:00Z", description: "" }],
          plan: { title },
          next: (answers, dryRun) => {
            steps.push(`next 1 (${dryRun ? "dry" : "wet"})`);
            const number = (answers[0] as { number?: number } | undefined)?.number ?? 0;
            return pure(() => {
              steps.push("decide 2");
              return {
                writes: [
                  { kind: "set-milestone", issue, milestone: { number, title: "Board meeting 2027-01-13" } },
                ],
                summary: `#${issue} on milestone ${number}`,
              };
            });
          },
        };
      },
    );
  }

  it("applies each round's writes before the next round, which gets GitHub's answers", async () => {
    const issue = fake.addIssue({ title: "Escalated", body: "" }).number;
    const steps: string[] = [];
    const chained = await runChain(milestoneThenIssue(issue, steps), contextFor(fake, { now: NOW }));
    expect(steps).toEqual(["gather 1", "decide 1", "next 1 (wet)", "decide 2"]);
    const milestone = fake.milestones.at(-1);
    expect(chained).toEqual({
      writes: [
        {
          kind: "create-milestone",
          title: "Board meeting 2027-01-13",
          due_on: "2027-01-13T00:00:00Z",
          description: "",
        },
        {
          kind: "set-milestone",
          issue,
          milestone: { number: milestone?.number, title: "Board meeting 2027-01-13" },
        },
      ],
      summary: `#${issue} on milestone ${milestone?.number}`,
      plan: { title: "Board meeting 2027-01-13" },
    });
    expect(fake.issues.get(issue)?.milestone?.number).toBe(milestone?.number);
    expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/psf/governance/milestones",
      `PATCH /repos/psf/governance/issues/${issue}`,
    ]);
  });

  it("in a dry run performs nothing, and the next round is told so (no answers)", async () => {
    const issue = fake.addIssue({ title: "Escalated", body: "" }).number;
    const steps: string[] = [];
    const before = fake.milestones.length;
    const chained = await runChain(
      milestoneThenIssue(issue, steps),
      contextFor(fake, { now: NOW, dryRun: true }),
    );
    expect(steps).toEqual(["gather 1", "decide 1", "next 1 (dry)", "decide 2"]);
    expect(fake.requests).toEqual([]);
    expect(fake.milestones).toHaveLength(before);
    expect(chained.writes.map((w) => w.kind)).toEqual(["create-milestone", "set-milestone"]);
    expect(chained.summary).toBe(`#${issue} on milestone 0`);
  });

  it("stops at a round that has nothing to do, keeping what the rounds before wrote", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    const first = pure(() => ({
      writes: [{ kind: "add-labels", issue, labels: ["a"] }],
      next: () =>
        pure(() => ({ writes: [{ kind: "add-labels", issue, labels: ["b"] }], ignored: "stop here" })),
    }));
    const chained = await runChain(first, contextFor(fake, { now: NOW }));
    expect(chained).toEqual({ writes: [{ kind: "add-labels", issue, labels: ["a"] }], ignored: "stop here" });
    expect(fake.labelsOn(issue)).toEqual(["a"]);
  });
});

describe("runChainFlow", () => {
  it("runs the first round from the event's gather, and stops when gather finds nothing to do", async () => {
    const issue = fake.addIssue({ title: "Request", body: "" }).number;
    const flow = {
      gather: async (event: WebhookEvent) =>
        event.name === "skip" ? { ignored: "skipped" } : { state: { labels: ["x"] } },
      decide: (state: { labels: string[] }): Decision => ({
        writes: [{ kind: "add-labels", issue, labels: state.labels }],
        summary: "labelled",
      }),
    };
    const ctx = contextFor(fake, { now: NOW });
    expect(await runChainFlow(flow, { name: "skip", payload: {} }, ctx)).toEqual({
      writes: [],
      ignored: "skipped",
    });
    expect(fake.requests).toEqual([]);
    expect(await runChainFlow(flow, EVENT, ctx)).toEqual({
      writes: [{ kind: "add-labels", issue, labels: ["x"] }],
      summary: "labelled",
    });
    expect(fake.labelsOn(issue)).toEqual(["x"]);
  });
});
