/**
 * The fake GitHub's two doors: its loopback server and its `fetch` (no socket) answer alike and record alike —
 * pages and their `Link` headers, errors, injected faults — so a test may take the cheaper one.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type GitHub, WgbotOctokit } from "../../src/github/client.ts";
import { clientFor, REPO } from "./client.ts";
import { FakeGitHub } from "./fake-github.ts";

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  for (let i = 0; i < 150; i++) fake.addIssue({ title: `Issue ${i}`, body: "" });
});
afterAll(() => fake.stop());

const quiet = () => {};
const direct = () =>
  new WgbotOctokit({
    auth: "ghs_test",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    request: { fetch: fake.fetch },
  }) as unknown as GitHub;

async function session(github: GitHub) {
  fake.reset();
  fake.faults = [{ method: "GET", path: /\/issues\/3$/, status: 502, times: 1 }];
  const listed = await github.paginate(github.rest.issues.listForRepo, { ...REPO, per_page: 100 });
  const missing = await github.rest.issues.get({ ...REPO, issue_number: 9_999 }).catch((e) => e.status);
  const faulted = await github.rest.issues.get({ ...REPO, issue_number: 3 }).catch((e) => e.status);
  const created = await github.rest.issues.createComment({ ...REPO, issue_number: 1, body: "Hello" });
  return {
    answers: [listed.length, missing, faulted, created.status, created.data.body],
    requests: fake.requests.map((r) => [r.method, r.path, r.query, r.body]),
  };
}

it("answers and records through fetch as through the loopback server", async () => {
  const overSocket = await session(clientFor(fake));
  const overFetch = await session(direct());
  expect(overSocket.answers).toEqual([150, 404, 502, 201, "Hello"]);
  expect(overFetch).toEqual(overSocket);
});

it("refuses a delayed fault without the socket, whose time limit it tests", async () => {
  fake.faults = [{ method: "GET", path: /\/issues\/1$/, status: 504, times: 1, delayMs: 60_000 }];
  await expect(direct().rest.issues.get({ ...REPO, issue_number: 1 })).rejects.toThrow(
    "a delayed fault needs the loopback server",
  );
  fake.faults = [];
});
