/**
 * A GraphQL connection on the in-memory GitHub, paged as GitHub pages one: `nodes`, `edges`, `totalCount` and
 * `pageInfo`; `first` or `last` is required and at most 100; `after` and `before` cut the list first, then `first`
 * takes from its start and `last` from its end.
 */
import type { GqlObject } from "./graphql-executor.ts";

/** GitHub's largest page of a connection. */
const MAX_PAGE = 100;

/** A cursor names a position in the list; GitHub's are opaque base64 strings, and so are these. */
const cursorOf = (index: number) => Buffer.from(`cursor:${index + 1}`).toString("base64");

function indexOf(cursor: unknown): number {
  const match = /^cursor:(\d+)$/.exec(Buffer.from(String(cursor), "base64").toString());
  if (!match) throw new Error(`\`${String(cursor)}\` does not appear to be a valid cursor.`);
  return Number(match[1]) - 1;
}

export function connection(
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
