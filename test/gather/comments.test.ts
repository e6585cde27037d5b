/**
 * An issue's comments (src/gather/comments.ts) against the loopback fake GitHub: none read when the issue says it
 * has none, one request of 100 for the usual case, the next pages beyond that.
 */
import { describe, expect, it } from "vitest";
import { gatherComments } from "../../src/gather/comments.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";

const gh = fakeGitHubForFile();

const pages = () =>
  gh.fake.requests.map((r) => `${r.method} ${r.path} per_page=${r.query.per_page} page=${r.query.page ?? 1}`);

describe("gatherComments", () => {
  it("reads nothing for an issue whose count says it has no comment", async () => {
    const issue = gh.fake.addIssue({ title: "New", body: "" });
    expect(await gatherComments(gh.github, REPO, issue.number, 0)).toEqual([]);
    expect(gh.fake.requests).toEqual([]);
  });

  it("reads the comments in one request of 100, with their authors and ids", async () => {
    const issue = gh.fake.addIssue({ title: "Talked about", body: "" });
    const first = gh.fake.addComment(issue.number, "First");
    gh.fake.addComment(issue.number, "<!-- wgbot:request-report -->\nReport", {
      login: "wgbot[bot]",
      type: "Bot",
    });
    gh.fake.addComment(issue.number + 1, "On another issue");
    const comments = await gatherComments(gh.github, REPO, issue.number, 2);
    expect(comments.map((c) => [c.body, c.user?.login])).toEqual([
      ["First", "ada"],
      ["<!-- wgbot:request-report -->\nReport", "wgbot[bot]"],
    ]);
    expect(comments[0]?.id).toBe(first.id);
    expect(pages()).toEqual([
      `GET /repos/psf/governance/issues/${issue.number}/comments per_page=100 page=1`,
    ]);
  });

  it("follows the pages beyond 100 comments, in order", async () => {
    const issue = gh.fake.addIssue({ title: "Long thread", body: "" });
    for (let i = 0; i < 230; i++) gh.fake.addComment(issue.number, `comment ${i}`);
    // Without a count (the settling round's read), it reads.
    const comments = await gatherComments(gh.github, REPO, issue.number);
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `comment ${i}`));
    expect(pages()).toEqual(
      [1, 2, 3].map(
        (p) => `GET /repos/psf/governance/issues/${issue.number}/comments per_page=100 page=${p}`,
      ),
    );
  });
});
