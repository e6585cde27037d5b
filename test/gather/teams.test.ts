/**
 * Team membership (src/gather/teams.ts) against the loopback fake GitHub: an active membership counts; not a
 * member, a pending invitation or a token that may not read the team does not (the last with a warning); a rate
 * limit or any other failure fails the event. Each login is asked at most once per checker.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isRateLimit, teamMembership } from "../../src/gather/teams.ts";
import type { GitHub } from "../../src/github/client.ts";
import { clientFor } from "../support/client.ts";
import { FakeGitHub } from "../support/fake-github.ts";

let fake: FakeGitHub;
let github: GitHub;
let warnings: string[];

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  github = clientFor(fake);
  fake.teams.set("board", new Set(["gwen"]));
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.reset();
  fake.faults = [];
  warnings = [];
});

const checker = () => teamMembership(github, "psf", { info() {}, warn: (m) => warnings.push(m) });
const MEMBERSHIP = /^\/orgs\/psf\/teams\/board\/memberships\//;

describe("teamMembership", () => {
  it("asks GitHub for the membership: an active one counts, none does not", async () => {
    const isMember = checker();
    expect(await isMember("board", "gwen")).toBe(true);
    expect(await isMember("board", "mallory")).toBe(false);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /orgs/psf/teams/board/memberships/gwen",
      "GET /orgs/psf/teams/board/memberships/mallory",
    ]);
    expect(warnings).toEqual([]);
  });

  it("asks once per team and login for the checker's life, whatever the case; a new checker asks again", async () => {
    const isMember = checker();
    const answers = await Promise.all([
      isMember("board", "gwen"),
      isMember("Board", "GWEN"),
      isMember("board", "gwen"),
    ]);
    expect(answers).toEqual([true, true, true]);
    expect(fake.requests).toHaveLength(1);
    await checker()("board", "gwen");
    expect(fake.requests).toHaveLength(2);
  });

  it("a pending invitation is not a membership", async () => {
    fake.faults = [
      { method: "GET", path: MEMBERSHIP, status: 200, times: 1, body: { state: "pending", role: "member" } },
    ];
    expect(await checker()("board", "gwen")).toBe(false);
  });

  it("a token that may not read the team is no member, with a warning that names the permission", async () => {
    fake.faults = [
      { method: "GET", path: MEMBERSHIP, status: 403, times: 1, body: { message: "Forbidden" } },
    ];
    expect(await checker()("board", "gwen")).toBe(false);
    expect(warnings).toEqual([
      'wgbot may not read the members of psf/board (HTTP 403): give it the organisation\'s "Members: read" permission. Treating gwen as not a member.',
    ]);
  });

  it("a rate limit or another failure fails the event instead of answering", async () => {
    const isMember = checker();
    fake.faults = [
      {
        method: "GET",
        path: MEMBERSHIP,
        status: 403,
        times: 1,
        headers: { "x-ratelimit-remaining": "0" },
        body: { message: "API rate limit exceeded" },
      },
    ];
    await expect(isMember("board", "gwen")).rejects.toMatchObject({ status: 403 });
    fake.faults = [{ method: "GET", path: MEMBERSHIP, status: 500, times: 1 }];
    await expect(isMember("board", "carol")).rejects.toMatchObject({ status: 500 });
    expect(warnings).toEqual([]);
  });
});

describe("isRateLimit", () => {
  it("tells a rate limit from a missing permission", () => {
    expect(isRateLimit({ status: 429 })).toBe(true);
    expect(isRateLimit({ status: 403, response: { headers: { "x-ratelimit-remaining": "0" } } })).toBe(true);
    expect(isRateLimit({ status: 403, response: { headers: { "retry-after": "60" } } })).toBe(true);
    expect(isRateLimit({ status: 403, message: "You have exceeded a secondary rate limit" })).toBe(true);
    expect(isRateLimit({ status: 403, message: "Resource not accessible by integration" })).toBe(false);
    expect(isRateLimit({ status: 403, response: { headers: { "x-ratelimit-remaining": "4999" } } })).toBe(
      false,
    );
    expect(isRateLimit({ status: 404 })).toBe(false);
  });
});
