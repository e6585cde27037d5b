/**
 * An issue read through GraphQL, in the shape the issues REST API gives (`IssueData`), so a GraphQL read can stand
 * in for `GET /issues/N` where it saves a request. GraphQL names an App's bot without REST's `[bot]` suffix; it is
 * put back, so logins compare as they do everywhere else.
 */
import type { IssueData } from "./board.ts";

/** The fields to select on an `Issue` for `issueDataOf`. GitHub allows an issue at most 100 labels. */
export const ISSUE_FIELDS =
  "number title body state createdAt url author { login __typename } labels(first: 100) { nodes { name } } milestone { number title }";

export interface GqlIssue {
  number: number;
  title: string;
  body: string;
  state: string;
  createdAt: string;
  url: string;
  author: { login: string; __typename: string } | null;
  labels: { nodes: ({ name: string } | null)[] | null } | null;
  milestone: { number: number; title: string } | null;
}

export function issueDataOf(issue: GqlIssue): IssueData {
  const author = issue.author;
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === "CLOSED" ? "closed" : "open",
    user: author
      ? author.__typename === "Bot"
        ? { login: `${author.login}[bot]`, type: "Bot" }
        : { login: author.login, type: author.__typename }
      : null,
    labels: (issue.labels?.nodes ?? []).flatMap((l) => (l ? [{ name: l.name }] : [])),
    milestone: issue.milestone,
    created_at: issue.createdAt,
    html_url: issue.url,
  };
}
