/**
 * Board review's reads (src/gather/board.ts) against the loopback fake GitHub — every milestone, open or closed; the
 * items on a meeting; open items with a label; one item as it is now — and the item as the board's rules see it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import {
  boardItemOf,
  gatherIssue,
  gatherMilestoneIssues,
  gatherMilestones,
  gatherOpenLabelled,
} from "../../src/gather/board.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();
beforeEach(() => {
  gh.fake.issues.clear();
  gh.fake.milestones = [];
});

const asked = () => gh.fake.requests.map((r) => ({ path: r.path, ...r.query }));

describe("gatherMilestones", () => {
  it("lists every milestone, closed ones too, page after page", async () => {
    for (let i = 1; i <= 120; i++)
      gh.fake.milestones.push({
        number: i,
        title: `Board meeting ${i}`,
        due_on: null,
        state: i === 1 ? "closed" : "open",
        description: null,
      });
    const milestones = await gatherMilestones(gh.github, REPO);
    expect(milestones).toHaveLength(120);
    expect(milestones[0]).toMatchObject({ number: 1, state: "closed" });
    expect(asked()).toEqual([
      { path: "/repos/psf/governance/milestones", state: "all", per_page: "100" },
      { path: "/repos/psf/governance/milestones", state: "all", per_page: "100", page: "2" },
    ]);
  });
});

describe("the lists of items", () => {
  it("gatherMilestoneIssues: the open and closed items on one meeting, pull requests included", async () => {
    const meeting = { number: 4, title: "Board meeting 2027-01-13" };
    const open = gh.fake.addIssue({ title: "Grant", body: "", milestone: meeting });
    const closed = gh.fake.addIssue({ title: "Charter", body: "", milestone: meeting, state: "closed" });
    gh.fake.addIssue({ title: "Elsewhere", body: "", milestone: { number: 5, title: "Other" } });
    const pull = gh.fake.addPull({ changes: { "a.yml": "x\n" } }).issue;
    pull.milestone = meeting;
    const items = await gatherMilestoneIssues(gh.github, REPO, 4);
    expect(items.map((i) => i.number)).toEqual([open.number, closed.number, pull.number]);
    expect(asked()).toEqual([
      { path: "/repos/psf/governance/issues", milestone: "4", state: "all", per_page: "100" },
    ]);
  });

  it("gatherOpenLabelled: the open items with the label", async () => {
    const escalated = gh.fake.addIssue({ title: "A", body: "", labels: [{ name: "status/board-review" }] });
    gh.fake.addIssue({ title: "B", body: "", labels: [{ name: "status/board-review" }], state: "closed" });
    gh.fake.addIssue({ title: "C", body: "" });
    const items = await gatherOpenLabelled(gh.github, REPO, "status/board-review");
    expect(items.map((i) => i.number)).toEqual([escalated.number]);
    expect(asked()).toEqual([
      { path: "/repos/psf/governance/issues", labels: "status/board-review", state: "open", per_page: "100" },
    ]);
  });

  it("gatherIssue: one item as it is now, in one request; a missing one fails with 404", async () => {
    const issue = gh.fake.addIssue({ title: "Grant", body: "text" });
    expect(await gatherIssue(gh.github, REPO, issue.number)).toMatchObject({
      number: issue.number,
      body: "text",
    });
    await expect(gatherIssue(gh.github, REPO, 9_999)).rejects.toMatchObject({ status: 404 });
    expect(gh.fake.requests).toHaveLength(2);
  });
});

describe("boardItemOf", () => {
  it("keeps what the board's rules read, whatever shape the labels come in", () => {
    expect(
      boardItemOf({
        number: 7,
        title: "Grant request",
        body: null,
        state: "closed",
        user: { login: "ada" },
        labels: ["kind/grant", { name: "status/approved" }, { name: "" }, {}],
        milestone: { number: 2, title: "Board meeting 2027-01-13" },
        pull_request: null,
        created_at: "2026-11-01T10:00:00Z",
        html_url: "https://github.com/psf/governance/issues/7",
      }),
    ).toEqual({
      number: 7,
      title: "Grant request",
      body: "",
      author: "ada",
      state: "closed",
      labels: ["kind/grant", "status/approved"],
      isPull: false,
      createdAt: "2026-11-01T10:00:00Z",
      milestone: "Board meeting 2027-01-13",
      url: "https://github.com/psf/governance/issues/7",
    });
    const pull = boardItemOf({ number: 8, title: "Report", user: null, pull_request: {}, state: "open" });
    expect(pull).toEqual({
      number: 8,
      title: "Report",
      body: "",
      author: "",
      state: "open",
      labels: [],
      isPull: true,
      createdAt: "",
    });
  });
});
