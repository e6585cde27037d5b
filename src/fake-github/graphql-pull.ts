/**
 * GraphQL's `PullRequest` on the in-memory GitHub (`repository { pullRequest(number: N) { … } }`): its number,
 * state, head commit and branch, base branch, author, labels and changed files. Labels and files are connections
 * paged as GitHub pages them: `first` or `last` (at most 100), `after` and `before` cursors, `pageInfo`. wgbot reads
 * a report pull request this way, the pull request as it is now and its files in one request (gather/pull-request.ts).
 */
import { FieldError, type GqlObject } from "./graphql-executor.ts";
import type { GitHubState } from "./state.ts";
import type { Actor, PullFile } from "./types.ts";

/** GitHub's largest page of a connection. */
const MAX_PAGE = 100;

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
        return pagedConnection(
          field,
          (issue?.labels ?? []).map((l) => ({
            __typename: "Label",
            resolve: (f) => (f === "name" ? l.name : undefined),
          })),
          args,
        );
      if (field === "files") return pagedConnection(field, pull.files.map(fileObject), args);
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

/** A cursor names a position in the list; GitHub's are opaque base64 strings, and so are these. */
const cursorOf = (index: number) => Buffer.from(`cursor:${index + 1}`).toString("base64");

function indexOf(cursor: unknown): number {
  const match = /^cursor:(\d+)$/.exec(Buffer.from(String(cursor), "base64").toString());
  if (!match) throw new Error(`\`${String(cursor)}\` does not appear to be a valid cursor.`);
  return Number(match[1]) - 1;
}

/**
 * A connection's `nodes`, `edges`, `totalCount` and `pageInfo`. As on GitHub: `first` or `last` is required and at
 * most 100; `after` and `before` cut the list first, then `first` takes from its start and `last` from its end.
 */
export function pagedConnection(
  name: string,
  all: readonly GqlObject[],
  args: Record<string, unknown>,
): GqlObject {
  const { first, last, after, before } = args as {
    first?: number;
    last?: number;
    after?: unknown;
    before?: unknown;
  };
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
  let start = after === undefined || after === null ? 0 : indexOf(after) + 1;
  let end = before === undefined || before === null ? all.length : indexOf(before);
  end = Math.max(start, Math.min(end, all.length));
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const indexes = Array.from({ length: end - start }, (_, i) => start + i);
  const pageInfo: GqlObject = {
    __typename: "PageInfo",
    resolve: (field) => {
      if (field === "hasNextPage") return end < all.length;
      if (field === "hasPreviousPage") return start > 0;
      if (field === "startCursor") return indexes.length > 0 ? cursorOf(start) : null;
      if (field === "endCursor") return indexes.length > 0 ? cursorOf(end - 1) : null;
      return undefined;
    },
  };
  return {
    __typename: "Connection",
    resolve: (field) => {
      if (field === "totalCount") return all.length;
      if (field === "nodes") return indexes.map((i) => all[i]);
      if (field === "pageInfo") return pageInfo;
      if (field === "edges")
        return indexes.map(
          (i): GqlObject => ({
            __typename: "Edge",
            resolve: (f) => (f === "cursor" ? cursorOf(i) : f === "node" ? all[i] : undefined),
          }),
        );
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
