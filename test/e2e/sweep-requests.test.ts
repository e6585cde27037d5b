/**
 * The sweep answers requests whose delivery was lost (decide/unanswered.ts): an open grant request or charter
 * proposal with no status label, older than the grace period, goes through the request flow, as its `opened`
 * event would have. Through handleEvent with a `schedule` event, against the fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UNANSWERED_PER_SWEEP } from "../../src/decide/unanswered.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { packagingFake, sweepOn } from "../support/sweep.ts";

const NOW = new Date("2026-11-21T12:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await packagingFake(NOW, ["2026-08", "2026-09", "2026-10"]);
});
afterEach(async () => {
  await fake.stop();
});

const sweep = (dryRun = false) => sweepOn(fake, NOW, dryRun);

const sticky = (issue: number) =>
  fake.commentsOn(issue).filter((c) => c.body.startsWith("<!-- wgbot:request-report -->"));

describe("the sweep and requests nobody answered", () => {
  it("answers an old request without a status label, once, and leaves the others alone", async () => {
    const lost = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
      created_at: ago(120),
    });
    const lostCharter = fake.addIssue({
      title: "Work group proposal",
      body: charterBody({ chairs: "", members: "" }),
      labels: [{ name: "kind/charter" }],
      created_at: ago(60),
    });
    const fresh = fake.addIssue({
      title: "Grant request: just opened",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
      created_at: ago(5),
    });
    const answered = fake.addIssue({
      title: "Grant request: answered",
      body: grantBody(),
      labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
      created_at: ago(600),
    });
    const byBot = fake.addIssue({
      title: "Grant request: opened by a bot",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
      user: { login: "some-bot[bot]", type: "Bot" },
      created_at: ago(600),
    });

    const first = await sweep();
    expect(first.summary).toContain("2 unanswered requests checked");
    expect(fake.labelsOn(lost.number)).toEqual(["kind/grant", "status/grants-wg-review"]);
    expect(sticky(lost.number)).toHaveLength(1);
    expect(fake.labelsOn(lostCharter.number)).toEqual(["kind/charter", "status/needs-info"]);
    expect(sticky(lostCharter.number)).toHaveLength(1);
    for (const other of [fresh, answered, byBot]) expect(fake.commentsOn(other.number)).toEqual([]);
    expect(fake.labelsOn(answered.number)).toEqual(["kind/grant", "status/needs-info"]);

    const again = await sweep();
    expect(again.summary).not.toContain("unanswered");
    expect(fake.writes).toEqual([]);
  });

  it(`takes at most ${UNANSWERED_PER_SWEEP} per sweep, oldest first; the next sweep takes the rest`, async () => {
    const issues = Array.from({ length: UNANSWERED_PER_SWEEP + 2 }, (_, i) =>
      fake.addIssue({
        title: `Grant request ${i}`,
        body: grantBody(),
        labels: [{ name: "kind/grant" }],
        created_at: ago(100 + i),
      }),
    );
    await sweep();
    expect(issues.map((i) => sticky(i.number).length)).toEqual([
      ...Array(UNANSWERED_PER_SWEEP).fill(1),
      0,
      0,
    ]);
    await sweep();
    expect(issues.every((i) => sticky(i.number).length === 1)).toBe(true);
  });

  it("writes nothing in a dry run, and says what it would write", async () => {
    const lost = fake.addIssue({
      title: "Grant request",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
      created_at: ago(120),
    });
    const dry = await sweep(true);
    expect(fake.writes).toEqual([]);
    expect(dry.writes.filter((w) => "issue" in w && w.issue === lost.number).map((w) => w.kind)).toEqual([
      "add-labels",
      "create-comment",
    ]);
  });
});
