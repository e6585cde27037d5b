/** A GraphQL connection on the in-memory GitHub: `nodes` and `totalCount`, paged by `first` or `last`. */
import type { GqlObject } from "./graphql-executor.ts";

/** GitHub's largest page of a connection. */
const MAX_PAGE = 100;

/** A connection's `nodes` and `totalCount`, paged by `first` or `last` as GitHub requires one of them. */
export function connection(
  name: string,
  all: readonly GqlObject[],
  args: Record<string, unknown>,
): GqlObject {
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
    __typename: "Connection",
    resolve: (field) => {
      if (field === "totalCount") return all.length;
      if (field === "nodes") return nodes;
      return undefined;
    },
  };
}
