/**
 * The sweep's issue reads (src/gather/sweep-issues.ts) against the loopback fake GitHub: the open issues and those
 * closed since a date in two paginated lists (pull requests left out), a timeline per grant request asked for, and
 * the edit history of a few requests in one GraphQL query per 50.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gatherIssueEdits, gatherSweepIssues, gatherTimelines } from "../../src/gather/sweep-issues.ts";
import type { GitHub } from "../../src/github/client.ts";
import { clientFor, REPO } from "../support/client.ts";
import { BOT, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";

let fake: FakeGitHub;
let github: GitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.reset();
  fake.issues.clear();
  fake.comments = [];
  fake.labelEvents = [];
  fake.bodyEdits = [];
});

const lists = (): Record<string, string>[] => fake.requests.map((r) => ({ path: r.path, ...r.query }));

describe("gatherSweepIssues", () => {
  it("lists the open issues and those closed since the date, without pull requests, as the sweep reads them", async () => {
    fake.setTime("2026-11-01T00:00:00Z");
    fake.addIssue({ title: "Closed long ago", body: "", state: "closed" });
    fake.setTime("2026-11-20T08:00:00Z");
    const open = fake.addIssue({
      title: "Grant request",
      body: "answers",
      labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
      milestone: { number: 2, title: "Board meeting 2026-12-09" },
    });
    const closed = fake.addIssue({ title: "At risk", body: "", state: "closed", user: BOT });
    fake.addPull({ changes: { "a.yml": "x\n" } });
    const issues = await gatherSweepIssues(github, REPO, { closedSince: "2026-11-14" });
    expect(issues).toEqual([
      {
        number: open.number,
        title: "Grant request",
        body: "answers",
        state: "open",
        labels: ["kind/grant", "status/needs-info"],
        author: { login: "ada", type: "User" },
        created_at: open.created_at,
        updated_at: open.updated_at,
        milestone: "Board meeting 2026-12-09",
      },
      {
        number: closed.number,
        title: "At risk",
        body: "",
        state: "closed",
        labels: [],
        author: { login: "wgbot[bot]", type: "Bot" },
        created_at: closed.created_at,
        updated_at: closed.updated_at,
      },
    ]);
    expect(lists()).toEqual([
      { path: "/repos/psf/governance/issues", state: "open", per_page: "100" },
      {
        path: "/repos/psf/governance/issues",
        state: "closed",
        per_page: "100",
        since: "2026-11-14T00:00:00Z",
      },
    ]);
  });

  it("follows the pages of a long list", async () => {
    for (let i = 0; i < 150; i++) fake.addIssue({ title: `Issue ${i}`, body: "" });
    const issues = await gatherSweepIssues(github, REPO, { closedSince: "2026-11-14" });
    expect(issues).toHaveLength(150);
    expect(lists().map((l) => [l.state, l.page ?? "1"])).toEqual([
      ["open", "1"],
      ["closed", "1"],
      ["open", "2"],
    ]);
  });
});

describe("gatherTimelines", () => {
  it("reads one timeline per issue asked for, and none for no issue", async () => {
    expect(await gatherTimelines(github, REPO, [])).toEqual(new Map());
    expect(fake.requests).toEqual([]);
    const a = fake.addIssue({ title: "A", body: "" });
    const b = fake.addIssue({ title: "B", body: "" });
    fake.labelEvents.push({
      issue: a.number,
      label: "status/needs-info",
      actor: BOT,
      created_at: "2026-11-02T00:00:00Z",
    });
    fake.addComment(b.number, "More details");
    const timelines = await gatherTimelines(github, REPO, [a.number, b.number]);
    expect(timelines.get(a.number)?.map((e) => [e.event, e.label?.name])).toEqual([
      ["labeled", "status/needs-info"],
    ]);
    expect(timelines.get(b.number)?.map((e) => e.event)).toEqual(["commented"]);
    expect(lists()).toEqual([
      { path: `/repos/psf/governance/issues/${a.number}/timeline`, per_page: "100" },
      { path: `/repos/psf/governance/issues/${b.number}/timeline`, per_page: "100" },
    ]);
  });
});

describe("gatherIssueEdits", () => {
  it("reads the edits of the issues' text as `edited` events, 50 issues a query, none for no issue", async () => {
    expect(await gatherIssueEdits(github, REPO, [])).toEqual(new Map());
    expect(fake.requests).toEqual([]);
    const issues = Array.from({ length: 51 }, (_, i) => fake.addIssue({ title: `Request ${i}`, body: "v1" }));
    const numbers = issues.map((i) => i.number);
    const [first, last] = [issues[0], issues[50]] as [FakeIssue, FakeIssue];
    fake.setTime("2026-11-10T09:00:00Z");
    fake.editIssueBody(first.number, "v2", { login: "ada", type: "User" });
    fake.editIssueBody(last.number, "v2", { login: "ghost-editor", type: "User" });
    const edits = await gatherIssueEdits(github, REPO, numbers);
    expect(edits.size).toBe(51);
    // GitHub's history, newest first, ends with the text as it was opened, by its author.
    expect(edits.get(first.number)).toEqual([
      { event: "edited", created_at: "2026-11-10T09:00:01.000Z", actor: { login: "ada" } },
      { event: "edited", created_at: first.created_at, actor: { login: "ada" } },
    ]);
    expect(edits.get(last.number)?.[0]).toEqual({
      event: "edited",
      created_at: "2026-11-10T09:00:02.000Z",
      actor: { login: "ghost-editor" },
    });
    expect(edits.get(numbers[1] as number)).toEqual([]);
    const queries = fake.requests.map((r) => (r.body as { query: string }).query);
    expect(queries.map((q) => (q.match(/: issue\(number: /g) ?? []).length)).toEqual([50, 1]);
  });

  it("asks only for real issue numbers: nothing else reaches the query's text", async () => {
    const issue = fake.addIssue({ title: "Request", body: "v1" });
    const edits = await gatherIssueEdits(github, REPO, [0, -1, 1.5, Number.NaN, issue.number]);
    expect([...edits.keys()]).toEqual([issue.number]);
    expect(fake.requests).toHaveLength(1);
    expect(await gatherIssueEdits(github, REPO, [0, -3])).toEqual(new Map());
    expect(fake.requests).toHaveLength(1);
  });
});
