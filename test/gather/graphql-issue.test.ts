/**
 * An issue read through GraphQL in the issues REST API's shape (src/gather/graphql-issue.ts), checked against the
 * loopback fake GitHub's own REST answer for the same issue: the same fields, the App's bot with REST's `[bot]`.
 */
import { expect, it } from "vitest";
import { gatherIssue } from "../../src/gather/board.ts";
import { type GqlIssue, ISSUE_FIELDS, issueDataOf } from "../../src/gather/graphql-issue.ts";
import { graphql } from "../../src/github/graphql.ts";
import { fakeGitHubForFile, REPO } from "../support/client.ts";
import { BOT } from "../support/fake-github.ts";

const gh = fakeGitHubForFile();

const QUERY = `query($owner: String!, $name: String!, $n: Int!) { repository(owner: $owner, name: $name) { issue(number: $n) { ${ISSUE_FIELDS} } } }`;

async function both(number: number) {
  const gql = await graphql<{ repository: { issue: GqlIssue } }>(gh.github, QUERY, {
    owner: REPO.owner,
    name: REPO.repo,
    n: number,
  });
  const rest = await gatherIssue(gh.github, REPO, number);
  return { fromGraphQL: issueDataOf(gql.repository.issue), rest };
}

it("gives the fields wgbot reads as REST gives them: state, labels, milestone, times, author", async () => {
  const issue = gh.fake.addIssue({
    title: "Grant request",
    body: "answers",
    state: "closed",
    labels: [{ name: "kind/grant" }, { name: "status/approved" }],
    milestone: { number: 3, title: "Board meeting 2027-01-13" },
  });
  const { fromGraphQL, rest } = await both(issue.number);
  expect(fromGraphQL).toEqual({
    number: rest.number,
    title: rest.title,
    body: rest.body,
    state: "closed",
    user: { login: "ada", type: "User" },
    labels: [{ name: "kind/grant" }, { name: "status/approved" }],
    milestone: { number: 3, title: "Board meeting 2027-01-13" },
    created_at: rest.created_at,
    html_url: expect.stringMatching(new RegExp(`/psf/governance/issues/${issue.number}$`)),
  });
  expect(rest.state).toBe("closed");
  expect(rest.labels).toMatchObject(fromGraphQL.labels ?? []);
});

it("puts back REST's [bot] on an App's login, which GraphQL leaves off", async () => {
  const issue = gh.fake.addIssue({ title: "Board meeting 2027-01-13", body: "agenda", user: BOT });
  const { fromGraphQL, rest } = await both(issue.number);
  expect(fromGraphQL.user).toEqual({ login: "wgbot[bot]", type: "Bot" });
  expect(rest.user?.login).toBe(fromGraphQL.user?.login);
  expect(fromGraphQL.state).toBe("open");
  expect(fromGraphQL.milestone).toBeNull();
});

it("copes with a deleted author and no labels", () => {
  const data = issueDataOf({
    number: 1,
    title: "t",
    body: "",
    state: "OPEN",
    createdAt: "2026-01-01T00:00:00Z",
    url: "u",
    author: null,
    labels: { nodes: [null, { name: "x" }] },
    milestone: null,
  });
  expect(data.user).toBeNull();
  expect(data.labels).toEqual([{ name: "x" }]);
  expect(issueDataOf({ ...({} as GqlIssue), labels: null, author: null }).labels).toEqual([]);
});
