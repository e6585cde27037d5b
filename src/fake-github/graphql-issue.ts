/**
 * GraphQL's `Issue` on the in-memory GitHub (`repository { issue(number: N) { … } }`): its number, title, body,
 * state, address, author, times, labels and milestone, and `userContentEdits`, the edit history of its text, which
 * the REST API does not give (wgbot reads it for the needs-info clock, gather/sweep-issues.ts).
 */
import { actorObject } from "./graphql-actor.ts";
import { connection } from "./graphql-connection.ts";
import { FieldError, type GqlObject } from "./graphql-executor.ts";
import type { GitHubState } from "./state.ts";
import type { Actor, FakeIssue } from "./types.ts";

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
      if (field === "state") return issue.state.toUpperCase();
      if (field === "url") return `https://github.com/${state.owner}/${state.repo}/issues/${issue.number}`;
      if (field === "milestone") return issue.milestone && plainObject("Milestone", issue.milestone);
      if (field === "labels")
        return connection(
          field,
          issue.labels.map((l) => plainObject("Label", { name: l.name })),
          args,
        );
      if (field === "author") return actorObject(issue.user);
      if (field === "createdAt") return issue.created_at;
      if (field === "updatedAt") return issue.updated_at;
      if (field === "lastEditedAt") return history[0]?.editedAt ?? null;
      if (field === "userContentEdits") return connection(field, history.map(editObject), args);
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

/** An object whose fields are a record's own (a label's name, a milestone's number and title). */
function plainObject(typename: string, fields: Record<string, unknown>): GqlObject {
  return { __typename: typename, resolve: (field) => fields[field] };
}
