/**
 * The sweep's issue reads (src/gather/sweep-issues.ts) against the loopback fake GitHub: the open issues and those
 * closed since a date in two paginated lists (pull requests left out), a timeline per grant request asked for, and
 * the edit history of a few requests in one GraphQL query per 50.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { gatherIssueEdits, gatherSweepIssues, gatherTimelines } from "../../src/gather/sweep-issues.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";
import { BOT, type FakeIssue } from "../support/fake-github.ts";

const gh = fakeGitHubForFile();
beforeEach(() => {
  gh.fake.issues.clear();
  gh.fake.comments = [];
  gh.fake.labelEvents = [];
  gh.fake.bodyEdits = [];
});

const lists = (): Record<string, string>[] => gh.fake.requests.map((r) => ({ path: r.path, ...r.query }));

describe("gatherSweepIssues", () => {
  it("lists the open issues and those closed since the date, without pull requests, as the sweep reads them", async () => {
    gh.fake.setTime("2026-11-01T00:00:00Z");
    gh.fake.addIssue({ title: "Closed long ago", body: "", state: "closed" });
    gh.fake.setTime("2026-11-20T08:00:00Z");
    const open = gh.fake.addIssue({
      title: "Grant request",
      body: "answers",
      labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
      milestone: { number: 2, title: "Board meeting 2026-12-09" },
    });
    const closed = gh.fake.addIssue({ title: "At risk", body: "", state: "closed", user: BOT });
    gh.fake.addPull({ changes: { "a.yml": "x\n" } });
    const issues = await gatherSweepIssues(gh.github, REPO, { closedSince: "2026-11-14" });
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
    for (let i = 0; i < 150; i++) gh.fake.addIssue({ title: `Issue ${i}`, body: "" });
    const issues = await gatherSweepIssues(gh.github, REPO, { closedSince: "2026-11-14" });
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
    expect(await gatherTimelines(gh.github, REPO, [])).toEqual(new Map());
    expect(gh.fake.requests).toEqual([]);
    const a = gh.fake.addIssue({ title: "A", body: "" });
    const b = gh.fake.addIssue({ title: "B", body: "" });
    gh.fake.labelEvents.push({
      issue: a.number,
      label: "status/needs-info",
      actor: BOT,
      created_at: "2026-11-02T00:00:00Z",
    });
    gh.fake.addComment(b.number, "More details");
    const timelines = await gatherTimelines(gh.github, REPO, [a.number, b.number]);
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
    expect(await gatherIssueEdits(gh.github, REPO, [])).toEqual(new Map());
    expect(gh.fake.requests).toEqual([]);
    const issues = Array.from({ length: 51 }, (_, i) =>
      gh.fake.addIssue({ title: `Request ${i}`, body: "v1" }),
    );
    const numbers = issues.map((i) => i.number);
    const [first, last] = [issues[0], issues[50]] as [FakeIssue, FakeIssue];
    gh.fake.setTime("2026-11-10T09:00:00Z");
    gh.fake.editIssueBody(first.number, "v2", { login: "ada", type: "User" });
    gh.fake.editIssueBody(last.number, "v2", { login: "ghost-editor", type: "User" });
    const edits = await gatherIssueEdits(gh.github, REPO, numbers);
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
    const queries = gh.fake.requests.map((r) => (r.body as { query: string }).query);
    expect(queries.map((q) => (q.match(/: issue\(number: /g) ?? []).length)).toEqual([50, 1]);
  });

  it("asks only for real issue numbers: nothing else reaches the query's text", async () => {
    const issue = gh.fake.addIssue({ title: "Request", body: "v1" });
    const edits = await gatherIssueEdits(gh.github, REPO, [0, -1, 1.5, Number.NaN, issue.number]);
    expect([...edits.keys()]).toEqual([issue.number]);
    expect(gh.fake.requests).toHaveLength(1);
    expect(await gatherIssueEdits(gh.github, REPO, [0, -3])).toEqual(new Map());
    expect(gh.fake.requests).toHaveLength(1);
  });
});
