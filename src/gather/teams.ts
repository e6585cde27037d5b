/**
 * Team membership, through the API (`GET /orgs/{org}/teams/{team}/memberships/{user}`): an active membership
 * counts; a pending invitation, a 404 (not a member, or no such team) or a token that may not read the team does
 * not. Any other failure, a rate limit included, fails the event instead of answering. Each login is checked
 * at most once per event: a checker lives for one event.
 */

import type { GitHub } from "../github/client.ts";
import type { Logger } from "../model/identity.ts";

export type MembershipCheck = (team: string, login: string) => Promise<boolean>;

export function teamMembership(github: GitHub, org: string, log?: Logger): MembershipCheck {
  const known = new Map<string, Promise<boolean>>();
  return (team, login) => {
    const key = `${team.toLowerCase()}\u0000${login.toLowerCase()}`;
    let answer = known.get(key);
    if (!answer) {
      answer = github.rest.teams
        .getMembershipForUserInOrg({ org, team_slug: team, username: login })
        .then(({ data }) => data.state === "active")
        .catch((error) => {
          const status = (error as { status?: number }).status;
          if (status === 404) return false;
          // A rate limit that outlasted the retries is no answer: fail the event (it is redelivered or retried),
          // rather than refuse a member for good — a refusal is a recorded answer to the command.
          if (isRateLimit(error)) throw error;
          if (status === 403 || status === 401) {
            log?.warn(
              `wgbot may not read the members of ${org}/${team} (HTTP ${status}): give it the organisation's "Members: read" permission. Treating ${login} as not a member.`,
            );
            return false;
          }
          throw error;
        });
      known.set(key, answer);
    }
    return answer;
  };
}

/** GitHub's 403 or 429 for a primary or secondary rate limit, as opposed to a 403 for a missing permission. */
export function isRateLimit(error: unknown): boolean {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  if (e.status === 429) return true;
  if (e.status !== 403) return false;
  const headers = e.response?.headers ?? {};
  return (
    headers["x-ratelimit-remaining"] === "0" ||
    headers["retry-after"] !== undefined ||
    /rate limit/i.test(e.message ?? "")
  );
}
