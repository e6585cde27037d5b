/**
 * The edit history of an issue's text on the in-memory GitHub: a PATCH of the body records who edited it and when,
 * and GraphQL's `issue { userContentEdits }` answers it as GitHub does (newest first, the original text last, paged
 * by `first` or `last`, an issue that is not there answered null beside an error).
 */
import { describe, expect, it } from "vitest";
import { InMemoryGitHub } from "../../src/fake-github/github.ts";

const R = "/repos/psf/governance";
const ADA = { login: "ada", type: "User" };

function ask(github: InMemoryGitHub, method: string, path: string, body?: unknown) {
  return github.answer({ method, path, query: {}, body, baseUrl: "https://api.example" });
}

function graphql(github: InMemoryGitHub, query: string, variables: Record<string, unknown> = {}) {
  return ask(github, "POST", "/graphql", { query, variables }).body;
}

/** An issue by ada opened on 2026-01-01, her edit on 2026-01-31 and wgbot's on 2026-02-01. */
function editedIssue(): InMemoryGitHub {
  const github = new InMemoryGitHub();
  github.addIssue({
    title: "Grant request",
    body: "first text",
    user: ADA,
    created_at: "2026-01-01T10:00:00.000Z",
    updated_at: "2026-01-01T10:00:00.000Z",
  });
  github.actor = ADA;
  github.setTime("2026-01-31T09:00:00Z");
  expect(ask(github, "PATCH", `${R}/issues/1`, { body: "second text" }).status).toBe(200);
  github.actor = { login: "wgbot[bot]", type: "Bot" };
  github.setTime("2026-02-01T09:00:00Z");
  ask(github, "PATCH", `${R}/issues/1`, { body: "third text" });
  return github;
}

const EDITS = `query Edits($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    i1: issue(number: 1) { lastEditedAt userContentEdits(first: 10) { totalCount nodes { editedAt editor { __typename login } } } }
  }
}`;

describe("the edit history of an issue's text", () => {
  it("records each PATCH that changes the body, by the token's account, and lists them newest first", () => {
    const github = editedIssue();
    expect(github.issues.get(1)?.body).toBe("third text");
    expect(graphql(github, EDITS, { owner: "psf", name: "governance" })).toEqual({
      data: {
        repository: {
          i1: {
            lastEditedAt: "2026-02-01T09:00:01.000Z",
            userContentEdits: {
              totalCount: 3,
              nodes: [
                // GraphQL names an App's bot without REST's [bot].
                { editedAt: "2026-02-01T09:00:01.000Z", editor: { __typename: "Bot", login: "wgbot" } },
                { editedAt: "2026-01-31T09:00:01.000Z", editor: { __typename: "User", login: "ada" } },
                { editedAt: "2026-01-01T10:00:00.000Z", editor: { __typename: "User", login: "ada" } },
              ],
            },
          },
        },
      },
    });
  });

  it("records nothing for the same body again, a title, a label or a state", () => {
    const github = editedIssue();
    ask(github, "PATCH", `${R}/issues/1`, { body: "third text", title: "Renamed", state: "closed" });
    ask(github, "PATCH", `${R}/issues/1`, { labels: ["kind/grant"] });
    expect(github.bodyEdits).toHaveLength(2);
  });

  it("answers an issue never edited with no edits, and pages by first and last", () => {
    const github = editedIssue();
    github.addIssue({ title: "Untouched", body: "text" });
    const page = (args: string) =>
      graphql(
        github,
        `{ repository(owner: "psf", name: "governance") { issue(number: 1) { userContentEdits(${args}) { nodes { editedAt } } } } }`,
      ) as { data: { repository: { issue: { userContentEdits: { nodes: { editedAt: string }[] } } } } };
    const times = (args: string) =>
      page(args).data.repository.issue.userContentEdits.nodes.map((n) => n.editedAt);
    expect(times("first: 1")).toEqual(["2026-02-01T09:00:01.000Z"]);
    expect(times("last: 1")).toEqual(["2026-01-01T10:00:00.000Z"]);
    expect(
      graphql(
        github,
        `{ repository(owner: "psf", name: "governance") { issue(number: 2) { lastEditedAt userContentEdits(last: 20) { nodes { editedAt } } } } }`,
      ),
    ).toEqual({ data: { repository: { issue: { lastEditedAt: null, userContentEdits: { nodes: [] } } } } });
  });

  it("answers an issue that is not there, or a pull request, null beside an error, and the rest of the query", () => {
    const github = editedIssue();
    github.addPull({ changes: { "a.yml": "a\n" } });
    const answer = graphql(
      github,
      `{ repository(owner: "psf", name: "governance") {
        i1: issue(number: 1) { number }
        i2: issue(number: 2) { number }
        i9: issue(number: 9) { number } } }`,
    );
    expect(answer).toEqual({
      data: { repository: { i1: { number: 1 }, i2: null, i9: null } },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository", "i2"],
          message: "Could not resolve to an Issue with the number of 2.",
        },
        {
          type: "NOT_FOUND",
          path: ["repository", "i9"],
          message: "Could not resolve to an Issue with the number of 9.",
        },
      ],
    });
  });

  it("refuses a connection without first or last, or with a page over 100, as GitHub does", () => {
    const github = editedIssue();
    const edits = (args: string) =>
      graphql(
        github,
        `{ repository(owner: "psf", name: "governance") { issue(number: 1) { userContentEdits${args} { totalCount } } } }`,
      );
    expect(edits("")).toEqual({
      errors: [
        {
          message:
            "You must provide a `first` or `last` value to properly paginate the `userContentEdits` connection.",
        },
      ],
    });
    expect(edits("(last: 101)")).toEqual({
      errors: [
        {
          message:
            "Requesting 101 records on the `userContentEdits` connection exceeds the `last` limit of 100 records.",
        },
      ],
    });
  });
});
