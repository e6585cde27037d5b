/**
 * GraphQL through the client's `request`, so it works with every client the core is given (Probot's, the one
 * built for the Action and the CLI). On GitHub Enterprise Server the REST base URL ends in /api/v3 while GraphQL
 * lives at /api/graphql; that is mapped here, as @octokit/graphql does.
 */
import type { GitHub } from "./client.ts";

export class GraphQLError extends Error {
  constructor(readonly errors: { message: string }[]) {
    super(`GitHub GraphQL: ${errors.map((e) => e.message).join("; ")}`);
  }
}

/** GitHub's answer for something that is not there (an issue number no issue has): null, with a NOT_FOUND error. */
export function isNotFound(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const errors = error.errors as { type?: string }[];
  return errors.length > 0 && errors.every((e) => e.type === "NOT_FOUND");
}

export async function graphql<T>(
  github: GitHub,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const baseUrl = (github.request as { endpoint?: { DEFAULTS?: { baseUrl?: string } } }).endpoint?.DEFAULTS
    ?.baseUrl;
  const url =
    baseUrl && /\/api\/v3\/?$/.test(baseUrl) ? baseUrl.replace(/\/api\/v3\/?$/, "/api/graphql") : "/graphql";
  const response = await github.request({ method: "POST", url, query, variables });
  const body = response.data as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || body.data === undefined) throw new GraphQLError(body.errors ?? []);
  return body.data;
}
