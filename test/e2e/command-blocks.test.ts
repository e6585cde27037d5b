/**
 * A command is what GitHub shows as one, through the real Probot app against the fake GitHub: a board member who
 * shows `/board approve` as code (indented by four spaces, or a tab), as a heading or in a list changes nothing and
 * writes nothing; the same words as the comment's first plain paragraph decide. Each delivery is made twice, as
 * GitHub redelivers: the second writes nothing either.
 */
import type { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { grantInBoardReview, harnessEachTest } from "../hostile/harness.ts";
import { commandEvent } from "../support/board-events.ts";
import type { FakeGitHub, FakeIssue } from "../support/fake-github.ts";
import { deliver } from "../support/probot.ts";

const R = "/repos/psf/governance";

let fake: FakeGitHub;
let probot: Probot;
let issue: FakeIssue;

harnessEachTest(async (h) => {
  ({ fake, probot } = h);
  // Over the threshold: the Grants WG's recommendation sends it to the board.
  issue = await grantInBoardReview(h, 12000);
});

/** Posts `body` as the board member and delivers it twice; the requests that wrote something, per delivery. */
async function boardComment(body: string) {
  const comment = fake.addComment(1, body, { login: "bea", type: "User" });
  const event = commandEvent(fake, issue, comment);
  await deliver(probot, event);
  const first = fake.writeLog;
  fake.reset();
  await deliver(probot, event);
  return { comment, first, second: fake.writeLog };
}

describe("a board member's /board approve that GitHub shows as something else", () => {
  for (const body of [
    "    /board approve",
    "\t/board approve",
    "Quoting the docs:\n\n    /board approve",
    "/board approve\n===",
    "- /board approve",
    "<details>\n/board approve\n</details>",
  ]) {
    it(`${JSON.stringify(body)} writes nothing and leaves the request in board review`, async () => {
      const { first, second } = await boardComment(body);
      expect(first).toEqual([]);
      expect(second).toEqual([]);
      expect(fake.labelsOn(1)).toContain("status/board-review");
      expect(fake.labelsOn(1)).not.toContain("status/approved");
      expect(fake.issues.get(1)?.state).toBe("open");
    });
  }
});

describe("the same words as the first plain paragraph", () => {
  for (const body of [
    "/board approve",
    "\n\n   /board approve\n\n    code after it",
    "\uFEFF/board approve\r\n",
  ]) {
    it(`${JSON.stringify(body)} approves: the app is listening, only the block differs`, async () => {
      const { first, second } = await boardComment(body);
      expect(first).toEqual(
        expect.arrayContaining([
          { method: "POST", path: `${R}/issues/1/labels`, body: { labels: ["status/approved"] } },
          { method: "PATCH", path: `${R}/issues/1`, body: { state: "closed", state_reason: "completed" } },
        ]),
      );
      expect(second).toEqual([]);
      expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "completed" });
    });
  }
});
