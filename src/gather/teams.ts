/**
 * Team membership, through the API (`GET /orgs/{org}/teams/{team}/memberships/{user}`): an active membership
 * counts; a pending invitation, a 404 (not a member, or no such team) or a token that may not read the team does
 * not. Each login is checked at most once per event: a checker lives for one event.
 */
import type { Logger } from "../core/context.ts";
import type { GitHub } from "../github/client.ts";

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
