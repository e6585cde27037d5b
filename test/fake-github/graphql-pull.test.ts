/**
 * GraphQL's `pullRequest(number:)` on the in-memory GitHub: the fields REST's `GET /pulls/N` gives, in GraphQL's
 * spelling (states and change types in capitals, a bot's login without `[bot]`), and its labels and files paged by
 * cursor as GitHub pages a connection (`first`/`last` required and at most 100, `after`/`before`, `pageInfo`).
 */
import { describe, expect, it } from "vitest";
import { InMemoryGitHub } from "../../src/fake-github/github.ts";

function graphql(github: InMemoryGitHub, query: string, variables: Record<string, unknown> = {}) {
  return github.answer({
    method: "POST",
    path: "/graphql",
    query: {},
    body: { query, variables: { owner: "psf", name: "governance", ...variables } },
    baseUrl: "https://api.example",
  }).body as { data?: { repository: { pullRequest: Record<string, unknown> | null } }; errors?: unknown[] };
}

const PULL = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number state headRefOid headRefName baseRefName author { login __typename }
      labels(first: 10) { nodes { name } }
      files(first: 10) { totalCount nodes { path changeType } pageInfo { hasNextPage endCursor } }
    }
  }
}`;

const FILES = `query($owner: String!, $name: String!, $number: Int!, $first: Int, $last: Int, $after: String, $before: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      files(first: $first, last: $last, after: $after, before: $before) {
        nodes { path }
        edges { cursor }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
}`;

function manyFiles(n: number): { github: InMemoryGitHub; number: number } {
  const github = new InMemoryGitHub();
  const changes = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`f${String(i).padStart(3, "0")}.yml`, "x\n"]),
  );
  return { github, number: github.addPull({ changes }).number };
}

type Files = {
  nodes: { path: string }[];
  edges: { cursor: string }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};
const filesOf = (answer: ReturnType<typeof graphql>) => answer.data?.repository.pullRequest?.files as Files;

describe("pullRequest(number:) on the in-memory GitHub", () => {
  it("answers the pull request as REST's GET /pulls/N sees it, in GraphQL's spelling", () => {
    const github = new InMemoryGitHub();
    github.files.set("workgroups/a/charter.yml", "old\n");
    github.files.set("old.yml", "gone\n");
    const pull = github.addPull({
      author: "alice",
      labels: ["kind/report"],
      changes: { "workgroups/a/charter.yml": "new\n", "new.yml": "x\n", "old.yml": null },
    });
    const pr = graphql(github, PULL, { number: pull.number }).data?.repository.pullRequest;
    expect(pr).toEqual({
      number: pull.number,
      state: "OPEN",
      headRefOid: pull.head.sha,
      headRefName: pull.head.ref,
      baseRefName: "main",
      author: { login: "alice", __typename: "User" },
      labels: { nodes: [{ name: "kind/report" }] },
      files: {
        totalCount: 3,
        nodes: [
          { path: "workgroups/a/charter.yml", changeType: "MODIFIED" },
          { path: "new.yml", changeType: "ADDED" },
          { path: "old.yml", changeType: "DELETED" },
        ],
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      },
    });
  });

  it("is CLOSED once its issue is closed, MERGED when it was merged, and a bot's login has no [bot]", () => {
    const github = new InMemoryGitHub();
    const pull = github.addPull({ changes: { "a.yml": "x\n" } });
    const stored = github.pulls.get(pull.number);
    if (!stored) throw new Error("no pull request");
    stored.user = { login: "renovate[bot]", type: "Bot" };
    const issue = github.issues.get(pull.number);
    if (issue) issue.state = "closed";
    const ask = () => graphql(github, PULL, { number: pull.number }).data?.repository.pullRequest;
    expect(ask()).toMatchObject({ state: "CLOSED", author: { login: "renovate", __typename: "Bot" } });
    Object.assign(stored, { merged: true });
    expect(ask()).toMatchObject({ state: "MERGED" });
  });

  it("answers a number that is no pull request (none, or an issue) null, beside a NOT_FOUND error", () => {
    const github = new InMemoryGitHub();
    const issue = github.addIssue({ title: "An issue", body: "" });
    for (const number of [issue.number, 99])
      expect(graphql(github, PULL, { number })).toEqual({
        data: { repository: { pullRequest: null } },
        errors: [
          {
            type: "NOT_FOUND",
            path: ["repository", "pullRequest"],
            message: `Could not resolve to a PullRequest with the number of ${number}.`,
          },
        ],
      });
  });

  it("pages 250 files by `first` and `after`, 100 at a time, each page's endCursor starting the next", () => {
    const { github, number } = manyFiles(250);
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    for (;;) {
      const files = filesOf(graphql(github, FILES, { number, first: 100, after }));
      seen.push(...files.nodes.map((n) => n.path));
      pages.push(files.pageInfo.hasNextPage);
      expect(files.edges.at(-1)?.cursor).toBe(files.pageInfo.endCursor);
      expect(files.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!files.pageInfo.hasNextPage) break;
      after = files.pageInfo.endCursor;
    }
    expect(pages).toEqual([true, true, false]);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `f${String(i).padStart(3, "0")}.yml`));
  });

  it("pages backwards by `last` and `before`", () => {
    const { github, number } = manyFiles(5);
    const tail = filesOf(graphql(github, FILES, { number, last: 2 }));
    expect(tail.nodes.map((n) => n.path)).toEqual(["f003.yml", "f004.yml"]);
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = filesOf(graphql(github, FILES, { number, last: 2, before: tail.pageInfo.startCursor }));
    expect(before.nodes.map((n) => n.path)).toEqual(["f001.yml", "f002.yml"]);
    const past = filesOf(graphql(github, FILES, { number, first: 10, after: tail.pageInfo.endCursor }));
    expect(past).toMatchObject({
      nodes: [],
      pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
    });
  });

  it("refuses a page with no size, one over 100, and a cursor it did not give, as GitHub does", () => {
    const { github, number } = manyFiles(3);
    expect(graphql(github, FILES, { number }).errors).toEqual([
      { message: "You must provide a `first` or `last` value to properly paginate the `files` connection." },
    ]);
    expect(graphql(github, FILES, { number, first: 101 }).errors).toEqual([
      {
        message: "Requesting 101 records on the `files` connection exceeds the `first` limit of 100 records.",
      },
    ]);
    expect(graphql(github, FILES, { number, first: 1, after: "nonsense" }).errors).toEqual([
      { message: "`nonsense` does not appear to be a valid cursor." },
    ]);
  });
});
