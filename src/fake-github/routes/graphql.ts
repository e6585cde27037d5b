/**
 * GraphQL: `viewer { login }` (who the token acts as) and `repository(owner:, name:)` with `name`,
 * `nameWithOwner`, `defaultBranchRef`, `object(expression: "<ref>:<path>")`, the git objects of any revision, and
 * `issue(number:)` with its labels, milestone and edit history (../graphql-issue.ts), `pullRequests(headRefName:)`
 * (../graphql-pull-requests.ts), `pullRequest(number:)` with its labels and files (../graphql-pull.ts). Queries
 * only: a mutation is answered with an error, as a field GitHub does not have would be.
 */
import { commitObject, GitRevision } from "../git-objects.ts";
import { executeQuery, type GqlObject, isMutation } from "../graphql-executor.ts";
import { issueObject } from "../graphql-issue.ts";
import { pullRequestObject } from "../graphql-pull.ts";
import { pullRequestsConnection } from "../graphql-pull-requests.ts";
import type { Handler, Router } from "../router.ts";
import type { GitHubState } from "../state.ts";

export function graphqlRoutes(router: Router, state: GitHubState): void {
  const answer: Handler = ({ body }) => {
    const { query = "", variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    if (isMutation(query))
      return {
        status: 200,
        body: { errors: [{ message: "The in-memory GitHub answers queries, not mutations." }] },
      };
    return { status: 200, body: executeQuery(query, variables ?? {}, root(state)) };
  };
  router.add("POST", "/graphql", "graphql", answer);
  router.add("POST", "/api/graphql", "graphql", answer);
}

function root(state: GitHubState): GqlObject {
  // One request reads each revision once, however many objects it asks for.
  const revisions = new Map<string, GitRevision | null>();
  const revision = (ref: string): GitRevision | null => {
    if (!revisions.has(ref)) {
      const files = state.filesAt(ref);
      revisions.set(ref, files ? new GitRevision(files) : null);
    }
    return revisions.get(ref) ?? null;
  };
  const oid = (ref: string) =>
    (ref === "HEAD" ? state.branchSha(state.defaultBranch) : state.branchSha(ref)) ?? ref;
  const ref = (name: string): GqlObject => ({
    __typename: "Ref",
    resolve: (field) => {
      if (field === "name") return name;
      if (field === "prefix") return "refs/heads/";
      if (field !== "target") return undefined;
      const files = revision(name);
      return files ? commitObject(oid(name), files) : null;
    },
  });
  const repository: GqlObject = {
    __typename: "Repository",
    resolve: (field, args) => {
      if (field === "name") return state.repo;
      if (field === "nameWithOwner") return `${state.owner}/${state.repo}`;
      if (field === "url") return `https://github.com/${state.owner}/${state.repo}`;
      if (field === "defaultBranchRef") return ref(state.defaultBranch);
      if (field === "issue") return issueObject(state, args.number);
      if (field === "pullRequest") return pullRequestObject(state, args.number);
      if (field === "pullRequests") return pullRequestsConnection(state, args);
      if (field !== "object") return undefined;
      const expression = String(args.expression ?? "");
      const colon = expression.indexOf(":");
      if (colon < 0) {
        const files = revision(expression);
        return files ? commitObject(oid(expression), files) : null;
      }
      return revision(expression.slice(0, colon))?.object(expression.slice(colon + 1)) ?? null;
    },
  };
  // The account the token acts as (`query { viewer { login } }`).
  const viewer: GqlObject = {
    __typename: state.actor.type === "Bot" ? "Bot" : "User",
    resolve: (field) => (field === "login" ? state.actor.login : undefined),
  };
  return {
    __typename: "Query",
    resolve: (field, args) => {
      if (field === "viewer") return viewer;
      if (field !== "repository") return undefined;
      const same = (a: unknown, b: string) => String(a).toLowerCase() === b.toLowerCase();
      return same(args.owner, state.owner) && same(args.name, state.repo) ? repository : null;
    },
  };
}
