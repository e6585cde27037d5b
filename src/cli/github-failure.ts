/**
 * One line for a GitHub request that failed, for every command that calls the API: a connection that never got an
 * answer reads as the network error it is ("cannot reach https://…: connect ECONNREFUSED"), an answer as GitHub's
 * status and message. Anything else is not a GitHub failure (undefined): a bug, left to the caller to rethrow.
 */
import { unreachable } from "../github/client.ts";

export function githubFailure(error: unknown): string | undefined {
  const network = unreachable(error);
  if (network !== undefined) return network;
  const e = error as { status?: unknown; message?: unknown };
  if (typeof e?.status !== "number") return undefined;
  return `GitHub answered ${e.status}${typeof e.message === "string" && e.message ? `: ${e.message}` : ""}`;
}
