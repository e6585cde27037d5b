/**
 * The sweep reminds whoever holds a grant request still undecided past its decision target (psf: 6 weeks after
 * filing), once, and the agenda marks it. Through handleEvent with a `schedule` event, against the fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { packagingFake, sweepOn } from "../support/sweep.ts";

const NOW = new Date("2026-11-21T06:00:00Z");
let fake: FakeGitHub;

beforeEach(async () => {
  // The packaging work group is up to date: nothing else for the sweep to write about it.
  fake = await packagingFake(NOW, ["2026-08", "2026-09", "2026-10"]);
});
afterEach(async () => {
  await fake.stop();
});

const sweep = () => sweepOn(fake, NOW);
const markers = (issue: number) =>
  fake.commentsOn(issue).map((c) => /^<!-- wgbot:(.+?) -->/.exec(c.body)?.[1] ?? "(no marker)");
const commentWrites = () => fake.writeLog.filter((w) => w.path.endsWith("/comments"));

describe("the sweep and the decision target", () => {
  it("reminds the board of a request in board review past its target once, and the agenda marks it", async () => {
    const request = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
      labels: [{ name: "kind/grant" }, { name: "status/board-review" }, { name: "grant/over-threshold" }],
      created_at: "2026-09-01T10:00:00Z",
    });

    const first = await sweep();
    expect(first.summary).toContain("1 grant past the decision target (#1)");
    expect(commentWrites()).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "body": "<!-- wgbot:decision-target-passed board 2026-10-13 -->
      This grant request was filed on 2026-09-01. Its decision target, 6 weeks after filing, was 2026-10-13, and today it is 39 days past it without a decision.

      @psf/board: it is in board review, and goes on the agenda of the board's next meeting. If the applicant cannot wait that long, the board can decide sooner, here, with \`/board approve [amount]\`, \`/board decline\` or \`/board defer [note]\`.

      To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here.",
          },
          "method": "POST",
          "path": "/repos/psf/governance/issues/1/comments",
        },
      ]
    `);
    // The same run put it on the next meeting, whose agenda marks it in words.
    expect(request.milestone?.title).toBe("Board meeting 2027-01-13");
    const agenda = [...fake.issues.values()].find((i) => i.title === "Board meeting 2027-01-13: agenda");
    expect(agenda?.body).toContain(
      "| 2026-09-01 | 134 days, ⏰ past its decision target (2026-10-13) | To decide |",
    );

    const again = await sweep();
    expect(again.summary).toContain("1 grant past the decision target (#1)");
    expect(fake.writes).toEqual([]);
    expect(markers(request.number)).toEqual(["decision-target-passed board 2026-10-13"]);
  });

  it("tells the Grants WG one thing per sweep: its review reminder first, the decision target next, then nothing", async () => {
    const request = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody(),
      labels: [{ name: "kind/grant" }, { name: "status/grants-wg-review" }],
      created_at: "2026-09-01T10:00:00Z",
    });

    await sweep();
    expect(markers(request.number)).toEqual(["grants-wg-review-overdue"]);

    await sweep();
    expect(markers(request.number)).toEqual([
      "grants-wg-review-overdue",
      "decision-target-passed grants-wg 2026-10-13",
    ]);
    expect(fake.commentsOn(request.number)[1]?.body).toContain(
      "@psf/grants-wg: please record a recommendation with `/recommend approve [amount]` or `/recommend decline`, or tell the applicant here when they can expect one. For a request up to 10,000 USD the Grants WG's decision is final.",
    );

    await sweep();
    expect(fake.writes).toEqual([]);
  });

  it("says nothing to a request waiting for its applicant, or one decided", async () => {
    for (const status of ["status/needs-info", "status/approved"])
      fake.addIssue({
        title: "Grant request",
        body: grantBody(),
        labels: [{ name: "kind/grant" }, { name: status }],
        created_at: "2026-10-30T10:00:00Z",
      });
    const run = await sweep();
    expect(run.summary).not.toContain("decision target");
    expect(commentWrites()).toEqual([]);
  });
});
