/** Who is who: the App and its installation token, team memberships, and the repository itself. */
import type { Router } from "../router.ts";
import { notFound } from "../router.ts";
import type { GitHubState } from "../state.ts";

export function accountRoutes(router: Router, state: GitHubState): void {
  const slug = () => state.actor.login.replace(/\[bot\]$/, "");
  // The App's own identity, for its JWT: its bot is `<slug>[bot]`.
  router.add("GET", "/app", "app", () => ({
    status: 200,
    body: { id: 1, slug: slug(), name: slug(), owner: { login: state.owner } },
  }));
  router.add("POST", "/app/installations/:id/access_tokens", "app", () => ({
    status: 201,
    body: { token: "ghs_fake", expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {} },
  }));
  router.add("GET", "/orgs/:org/teams/:team/memberships/:user", "teams", ({ params: [, team, user] }) => {
    if (!state.teams.get(team as string)?.has(user as string)) return notFound;
    return { status: 200, body: { state: "active", role: "member", url: "" } };
  });
  router.add("GET", `/repos/${state.owner}/${state.repo}`, "items", () => ({
    status: 200,
    body: {
      name: state.repo,
      full_name: `${state.owner}/${state.repo}`,
      private: false,
      ...state.repository,
      owner: { login: state.owner, type: "Organization" },
      default_branch: state.defaultBranch,
    },
  }));
}
