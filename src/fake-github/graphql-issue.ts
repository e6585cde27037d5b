/**
 * GraphQL's `Issue` on the in-memory GitHub (`repository { issue(number: N) { … } }`): its number, title, body,
 * author and times, and `userContentEdits`, the edit history of its text, which the REST API does not give (wgbot
 * reads it for the needs-info clock, gather/sweep-issues.ts).
 */
import { FieldError, type GqlObject } from "./graphql-executor.ts";
import type { GitHubState } from "./state.ts";
import type { Actor, FakeIssue } from "./types.ts";

/** GitHub's largest page of a connection. */
const MAX_PAGE = 100;

export function issueObject(state: GitHubState, number: unknown): GqlObject {
  const issue = state.issues.get(Number(number));
  // A pull request is an issue to REST, not to GraphQL (it is `pullRequest(number:)` there).
  if (!issue || issue.pull_request)
    throw new FieldError(`Could not resolve to an Issue with the number of ${String(number)}.`, "NOT_FOUND");
  const history = editHistory(state, issue);
  return {
    __typename: "Issue",
    resolve: (field, args) => {
      if (field === "number") return issue.number;
      if (field === "title") return issue.title;
      if (field === "body") return issue.body;
      if (field === "author") return actorObject(issue.user);
      if (field === "createdAt") return issue.created_at;
      if (field === "updatedAt") return issue.updated_at;
      if (field === "lastEditedAt") return history[0]?.editedAt ?? null;
      if (field === "userContentEdits") return connection(field, history, args);
      return undefined;
    },
  };
}

interface Edit {
  editedAt: string;
  editor: Actor;
}

/**
 * Newest first, as GitHub lists them; once the text has been edited, the list ends with its original version, by
 * its author when the issue was opened, as GitHub's edit history shows it.
 */
function editHistory(state: GitHubState, issue: FakeIssue): Edit[] {
  const edits = state.bodyEdits
    .filter((e) => e.issue === issue.number)
    .map(({ editedAt, editor }) => ({ editedAt, editor }))
    .reverse();
  return edits.length === 0 ? [] : [...edits, { editedAt: issue.created_at, editor: issue.user }];
}

/** A connection's `nodes` and `totalCount`, paged by `first` or `last` as GitHub requires one of them. */
function connection(name: string, all: readonly Edit[], args: Record<string, unknown>): GqlObject {
  const { first, last } = args as { first?: number; last?: number };
  if (first === undefined && last === undefined)
    throw new Error(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [limit, value] of [
    ["first", first],
    ["last", last],
  ] as const)
    if (value !== undefined && value > MAX_PAGE)
      throw new Error(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${limit}\` limit of ${MAX_PAGE} records.`,
      );
  let nodes = first === undefined ? all : all.slice(0, first);
  if (last !== undefined) nodes = nodes.slice(Math.max(0, nodes.length - last));
  return {
    __typename: "UserContentEditConnection",
    resolve: (field) => {
      if (field === "totalCount") return all.length;
      if (field === "nodes") return nodes.map(editObject);
      return undefined;
    },
  };
}

function editObject(edit: Edit): GqlObject {
  return {
    __typename: "UserContentEdit",
    resolve: (field) => {
      if (field === "editedAt" || field === "createdAt" || field === "updatedAt") return edit.editedAt;
      if (field === "editor") return actorObject(edit.editor);
      return undefined;
    },
  };
}

/** GraphQL names an App's bot without REST's `[bot]` suffix: `wgbot`, where REST says `wgbot[bot]`. */
function actorObject(actor: Actor): GqlObject {
  const bot = actor.type === "Bot";
  return {
    __typename: bot ? "Bot" : "User",
    resolve: (field) =>
      field === "login" ? (bot ? actor.login.replace(/\[bot\]$/, "") : actor.login) : undefined,
  };
}
