/**
 * The in-memory GitHub: one repository's state (./state.ts) and the REST and GraphQL endpoints wgbot uses, answered
 * as GitHub answers them (shapes from GitHub's REST description for the fields wgbot reads). It does no I/O: the
 * tests put it behind a loopback HTTP server (test/support/fake-github.ts), `wgbot simulate` behind an Octokit
 * whose `fetch` never leaves the machine (../simulate/offline-github.ts).
 */
import { Router } from "./router.ts";
import { accountRoutes } from "./routes/account.ts";
import { checkRoutes } from "./routes/checks.ts";
import { conversationRoutes } from "./routes/conversation.ts";
import { fileRoutes } from "./routes/files.ts";
import { graphqlRoutes } from "./routes/graphql.ts";
import { issueRoutes } from "./routes/issues.ts";
import { pullRoutes } from "./routes/pulls.ts";
import { GitHubState } from "./state.ts";
import type { ApiAnswer, ApiRequest } from "./types.ts";

export class InMemoryGitHub extends GitHubState {
  private readonly router = new Router();

  constructor(owner?: string, repo?: string) {
    super(owner, repo);
    for (const routes of [
      accountRoutes,
      issueRoutes,
      conversationRoutes,
      fileRoutes,
      pullRoutes,
      checkRoutes,
      graphqlRoutes,
    ])
      routes(this.router, this);
  }

  /**
   * GitHub's answer to one request, the state changed as GitHub would change it. A request for an endpoint it does
   * not have is answered 404 with no `resource`.
   */
  answer(request: ApiRequest): ApiAnswer {
    const path = request.path.replace(/^\/api\/v3(?=\/)/, "");
    return (
      this.router.answer({ ...request, path }) ?? {
        status: 404,
        body: { message: `The in-memory GitHub has no endpoint ${request.method} ${path}` },
      }
    );
  }
}
