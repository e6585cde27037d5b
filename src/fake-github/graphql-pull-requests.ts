/**
 * GraphQL's `repository { pullRequests(headRefName: "…", first: N) { nodes { … } } }` on the in-memory GitHub: the
 * pull requests from one branch, open, closed or merged, oldest first. wgbot reads it with the grants ledger, to
 * find the pull request that proposes a record the default branch refused (gather/ledger.ts).
 */

import { connection } from "./graphql-connection.ts";
import type { GqlObject } from "./graphql-executor.ts";
import type { GitHubState } from "./state.ts";

export function pullRequestsConnection(state: GitHubState, args: Record<string, unknown>): GqlObject {
  const states = args.states as string[] | undefined;
  const pulls = [...state.pulls.values()]
    .filter((p) => args.headRefName === undefined || p.head.ref === args.headRefName)
    .map((p) => {
      // The in-memory GitHub does not merge: a pull request is open or closed.
      const open = state.issues.get(p.number)?.state !== "closed";
      // A fork's pull request names its owner in the head's label (`owner:branch`), as REST shows it.
      const owner = p.head.label?.split(":")[0] ?? state.owner;
      return { number: p.number, state: open ? "OPEN" : "CLOSED", headRefName: p.head.ref, owner };
    })
    .filter((p) => !states || states.includes(p.state))
    .map(
      (p): GqlObject => ({
        __typename: "PullRequest",
        resolve: (field) => {
          if (field === "headRepositoryOwner")
            return {
              __typename: "Organization",
              resolve: (f: string) => (f === "login" ? p.owner : undefined),
            };
          return (p as Record<string, unknown>)[field];
        },
      }),
    );
  return connection("pullRequests", pulls, args);
}
