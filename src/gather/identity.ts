/**
 * Who wgbot is, learned from GitHub at run time: only comments and issues written by this account count as wgbot's
 * (see markers.ts). The login is never configured or hard-coded: it differs between the App (`<slug>[bot]`), the
 * Action's GITHUB_TOKEN (`github-actions[bot]`), an App token used in a workflow, and GitHub Enterprise installs.
 */
import type { GitHub } from "../github/client.ts";
import { graphql } from "../github/graphql.ts";
import type { Self } from "../model/markers.ts";

/**
 * Asked for only when a flow first needs it, so an event that is ignored costs no request. The answer is kept; a
 * failure is not, so the next event asks again (the failed event fails, and is redelivered or retried by the sweep).
 */
export type Identity = () => Promise<Self>;

export function learnOnce(learn: () => Promise<Self>): Identity {
  let known: Promise<Self> | undefined;
  return () => {
    known ??= learn().catch((error: unknown) => {
      known = undefined;
      throw error;
    });
    return known;
  };
}

/**
 * The account a token acts as. GraphQL's `viewer` answers for every kind of token — a workflow's GITHUB_TOKEN
 * (`github-actions[bot]`), an App installation token (`<slug>[bot]`), a person's token — where REST `GET /user`
 * refuses installation tokens.
 */
export function tokenIdentity(github: GitHub): Identity {
  return learnOnce(async () => {
    const data = await graphql<{ viewer?: { login?: unknown } | null }>(
      github,
      "query { viewer { login } }",
      {},
    );
    return selfFrom(data.viewer?.login, "GitHub did not say which account the token acts as (viewer.login)");
  });
}

/**
 * A GitHub App's bot: `<slug>[bot]`, from `GET /app` answered for the App's own JWT. `getApp` is that request
 * (Probot: `(await app.auth()).rest.apps.getAuthenticated()`).
 */
export function appIdentity(getApp: () => Promise<{ data: { slug?: unknown } | null }>): Identity {
  return learnOnce(async () => {
    const { data } = await getApp();
    const slug = selfFrom(data?.slug, "GitHub did not give the App's slug (GET /app)").login;
    return { login: `${slug}[bot]` };
  });
}

function selfFrom(login: unknown, what: string): Self {
  if (typeof login !== "string" || login.trim() === "")
    throw new Error(`wgbot cannot tell who it is: ${what}.`);
  return { login };
}
