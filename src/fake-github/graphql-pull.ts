/**
 * GraphQL's `PullRequest` on the in-memory GitHub (`repository { pullRequest(number: N) { … } }`): its number,
 * state, head commit and branch, base branch, author, labels and changed files. Labels and files are connections
 * paged as GitHub pages them: `first` or `last` (at most 100), `after` and `before` cursors, `pageInfo`. wgbot reads
 * a report pull request this way, the pull request as it is now and its files in one request (gather/pull-request.ts).
 */
import { actorObject } from "./graphql-actor.ts";
import { connection } from "./graphql-connection.ts";
import { FieldError, type GqlObject } from "./graphql-executor.ts";
import type { GitHubState } from "./state.ts";
import type { PullFile } from "./types.ts";

/** GraphQL's `PatchStatus` for each status the REST file list gives. */
const CHANGE_TYPES: Record<string, string> = {
  added: "ADDED",
  changed: "CHANGED",
  copied: "COPIED",
  removed: "DELETED",
  modified: "MODIFIED",
  renamed: "RENAMED",
};

export function pullRequestObject(state: GitHubState, number: unknown): GqlObject {
  const pull = state.pulls.get(Number(number));
  // An issue that is not a pull request is not found either, as on GitHub.
  if (!pull)
    throw new FieldError(
      `Could not resolve to a PullRequest with the number of ${String(number)}.`,
      "NOT_FOUND",
    );
  return {
    __typename: "PullRequest",
    resolve: (field, args) => {
      // Read at each field, as REST's `GET /pulls/N` reads it: the pull request's issue holds its state and labels.
      const issue = state.issues.get(pull.number);
      if (field === "number") return pull.number;
      if (field === "title") return issue?.title ?? "";
      if (field === "state") {
        if (issue?.state !== "closed") return "OPEN";
        // The in-memory GitHub does not merge; a pull request seeded from a merged payload says so.
        return (pull as { merged?: boolean }).merged ? "MERGED" : "CLOSED";
      }
      if (field === "headRefOid") return pull.head.sha;
      if (field === "headRefName") return pull.head.ref;
      if (field === "baseRefOid") return pull.base.sha;
      if (field === "baseRefName") return pull.base.ref;
      if (field === "author") return pull.user ? actorObject(pull.user) : null;
      if (field === "labels")
        return connection(
          field,
          (issue?.labels ?? []).map((l) => ({
            __typename: "Label",
            resolve: (f) => (f === "name" ? l.name : undefined),
          })),
          args,
        );
      if (field === "files") return connection(field, pull.files.map(fileObject), args);
      return undefined;
    },
  };
}

function fileObject(file: PullFile): GqlObject {
  return {
    __typename: "PullRequestChangedFile",
    resolve: (field) => {
      if (field === "path") return file.filename;
      if (field === "changeType") return CHANGE_TYPES[file.status] ?? "MODIFIED";
      return undefined;
    },
  };
}
