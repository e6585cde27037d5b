/**
 * Board review end to end: board review through the real Probot app, GitHub faked only at the HTTP level. A 12,000 USD
 * grant goes from the Grants WG's recommendation to the board's decision; a charter proposal approved by the board
 * becomes one pull request; people outside the teams change nothing; two events racing leave one milestone and
 * one agenda. Every step is delivered twice: the second delivery writes nothing.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { parseRecord } from "../../src/decide/decision-record.ts";
import { syncBoard } from "../../src/flows/board-meeting/escalation.ts";
import type { CoreContext } from "../../src/flows/context.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { type GitHub, WgbotOctokit } from "../../src/github/client.ts";
import { describeWrite } from "../../src/model/describe-write.ts";
import { silentLogger } from "../../src/model/identity.ts";
import { snapshotOf } from "../../src/repo/snapshot.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { commandEvent, commentEditedEvent, labeledEvent } from "../support/board-events.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import { BOT, type FakeGitHub as Fake, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver, NOW, probotFor } from "../support/probot.ts";

const R = "/repos/psf/governance";
const MEETING = "2027-01-13"; // the first meeting at least 7 days after 2026-11-21: 2nd Wednesday of January
const MILESTONE = `Board meeting ${MEETING}`;

let fake: Fake;
let probot: Probot;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
  fake.teams.set("grants-wg", new Set(["gwen"]));
  fake.teams.set("board", new Set(["bea", "bo"]));
  probot = await probotFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

function writes() {
  return fake.writeLog;
}

function user(login: string) {
  return { login, type: "User" };
}

/** Posts a comment as `login` and delivers it: twice, asserting the second delivery writes nothing. */
async function command(issue: FakeIssue, login: string, body: string) {
  const comment = fake.addComment(issue.number, body, user(login));
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  const first = writes();
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  expect(writes()).toEqual([]);
  return { comment, writes: first };
}

function replyTo(commentId: number): string {
  const replies = fake
    .commentsOn(fakeIssueOf(commentId))
    .filter((c) => c.user.type === "Bot" && c.body.startsWith(`<!-- wgbot:reply:${commentId} -->`));
  expect(replies).toHaveLength(1);
  return replies[0]?.body ?? "";
}

function fakeIssueOf(commentId: number): number {
  return fake.comments.find((c) => c.id === commentId)?.issue ?? 0;
}

function agendas(state?: "open" | "closed"): FakeIssue[] {
  return [...fake.issues.values()].filter(
    (i) => i.body.startsWith(`<!-- wgbot:agenda ${MEETING} -->`) && (!state || i.state === state),
  );
}

function agenda(): FakeIssue {
  const open = agendas("open");
  expect(open).toHaveLength(1);
  return open[0] as FakeIssue;
}

function grantIssue(amount = "12,000 USD", budget = "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD") {
  return fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ amount, budget }),
    labels: [{ name: "kind/grant" }],
  });
}

/** A grant request opened and checked by wgbot: it waits for the Grants WG. */
async function openedGrant(amount?: string, budget?: string): Promise<FakeIssue> {
  const issue = grantIssue(amount, budget);
  await deliver(probot, issuesEvent(fake, "opened", issue));
  fake.reset();
  return issue;
}

describe("a 12,000 USD grant request, from the Grants WG to the board", () => {
  it("is recommended, escalated to the next meeting's milestone and agenda, approved by the board, closed and recorded", async () => {
    const issue = await openedGrant();
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/grants-wg-review"]);

    // The Grants WG recommends 9,000 USD: under the threshold, but the request is over it, so the board decides.
    const recommend = await command(issue, "gwen", "/recommend approve 9000 Strong local community");
    const agendaNumber = agenda().number;
    expect(recommend.writes).toEqual([
      { method: "POST", path: `${R}/issues/1/comments`, body: { body: expect.any(String) } },
      { method: "POST", path: `${R}/issues/1/labels`, body: { labels: ["status/board-review"] } },
      { method: "DELETE", path: `${R}/issues/1/labels/status%2Fgrants-wg-review` },
      {
        method: "POST",
        path: `${R}/milestones`,
        body: { title: MILESTONE, due_on: `${MEETING}T12:00:00Z`, description: expect.any(String) },
      },
      { method: "PATCH", path: `${R}/issues/1`, body: { milestone: 1 } },
      {
        method: "POST",
        path: `${R}/issues`,
        body: { title: `Board meeting ${MEETING}: agenda`, body: expect.any(String), milestone: 1 },
      },
    ]);
    const recommendation = replyTo(recommend.comment.id);
    expect(recommendation).toContain("### Grants WG recommendation: approve 9,000 USD");
    expect(recommendation).toContain("of the 12,000 USD requested");
    expect(recommendation).toContain("> Strong local community");
    expect(recommendation).toContain(`the board meeting on **${MEETING}**`);
    expect(parseRecord(recommendation)).toEqual({
      by: "gwen",
      decision: "approve",
      amount: 9000,
      currency: "USD",
      at: recommend.comment.created_at,
      command: "recommend",
      outcome: "board-review",
      meeting: MEETING,
      comment: recommend.comment.id,
    });
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/board-review"]);
    expect(fake.issues.get(1)?.milestone).toEqual({ number: 1, title: MILESTONE });
    expect(fake.milestones).toMatchObject([{ title: MILESTONE, due_on: `${MEETING}T12:00:00Z` }]);
    const before = agenda();
    expect(before.milestone?.title).toBe(MILESTONE);
    expect(before.user).toEqual(BOT);
    expect(before.body).toContain("### Grant requests over 10,000 USD (1)");
    expect(before.body).toContain(
      "| #1 Grant request: PyCon Example 2027 | 12,000 USD | Approve 9,000 USD (@\u200dgwen, 2026-11-21) | 2026-11-21 | 53 days, ⏰ past its decision target (2027-01-02) | To decide |",
    );
    expect(before.body).toContain("```mermaid\nxychart-beta");
    expect(before.body).toContain("  bar [12000]\n  line [9000]");

    // The board approves 9,000 USD: labelled, closed as completed, recorded, and the agenda shows it.
    const decide = await command(issue, "bea", "/board approve 9000");
    expect(decide.writes).toEqual([
      { method: "POST", path: `${R}/issues/1/comments`, body: { body: expect.any(String) } },
      { method: "POST", path: `${R}/issues/1/labels`, body: { labels: ["status/approved"] } },
      { method: "DELETE", path: `${R}/issues/1/labels/status%2Fboard-review` },
      { method: "PATCH", path: `${R}/issues/1`, body: { state: "closed", state_reason: "completed" } },
      {
        method: "PUT",
        path: `${R}/contents/grants%2F2026%2F1-pycon-example-2027.yml`,
        body: {
          branch: "main",
          content: expect.any(String),
          message: "Record the approved grant request #1 in the grants ledger",
        },
      },
      { method: "PATCH", path: `${R}/issues/${agendaNumber}`, body: { body: expect.any(String) } },
    ]);
    expect(fake.files.get("grants/2026/1-pycon-example-2027.yml")).toContain("granted_base: 9000\n");
    const decision = replyTo(decide.comment.id);
    expect(decision).toContain("### Board decision: approved 9,000 USD");
    expect(decision).toContain("The Grants WG recommended approving 9,000 USD (@\u200dgwen, 2026-11-21).");
    expect(parseRecord(decision)).toMatchObject({
      by: "bea",
      decision: "approve",
      amount: 9000,
      at: decide.comment.created_at,
      command: "board",
      outcome: "approved",
    });
    expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/approved"]);
    expect(agenda().body).toContain("| **Approved** 9,000 USD (@\u200dbea, 2026-11-21) |");
    expect(agenda().number).toBe(agendaNumber);
    expect(fake.milestones).toHaveLength(1);
  });

  it("lets nobody outside the teams act: each attempt gets one short reply and changes nothing else", async () => {
    const issue = await openedGrant();
    const state = () => ({
      labels: fake.labelsOn(1),
      issue: { ...fake.issues.get(1), labels: undefined },
      milestones: fake.milestones.length,
      issues: fake.issues.size,
      agenda: agendas()[0]?.body,
    });

    // Before the recommendation: a stranger, and a board member (the Grants WG recommends, not the board).
    for (const [login, text, team] of [
      ["mallory", "/recommend approve 12000", "psf/grants-wg"],
      ["bea", "/recommend approve 12000", "psf/grants-wg"],
      ["mallory", "/board approve", "psf/board"],
    ] as const) {
      const before = state();
      const attempt = await command(issue, login, text);
      expect(attempt.writes).toEqual([
        { method: "POST", path: `${R}/issues/1/comments`, body: { body: expect.any(String) } },
      ]);
      expect(replyTo(attempt.comment.id)).toContain(`Only members of the`);
      expect(replyTo(attempt.comment.id)).toContain(`(\`${team}\`)`);
      expect(parseRecord(replyTo(attempt.comment.id))).toBeUndefined();
      expect(state()).toEqual(before);
    }

    await command(issue, "gwen", "/recommend approve 9000");
    expect(fake.labelsOn(1)).toContain("status/board-review");

    // In board review: a stranger, and a Grants WG member who is not on the board.
    for (const login of ["mallory", "gwen"]) {
      const before = state();
      const attempt = await command(issue, login, "/board approve 9000");
      expect(attempt.writes).toHaveLength(1);
      expect(replyTo(attempt.comment.id)).toContain(
        "Only members of the board team (`psf/board`) can use `/board`.",
      );
      expect(state()).toEqual(before);
    }

    // A token that may not read the team's members counts nobody as a member.
    fake.faults.push({ path: /\/memberships\//, status: 403, times: 1 });
    const forbidden = await command(issue, "bea", "/board approve 9000");
    expect(forbidden.writes).toHaveLength(1);
    expect(replyTo(forbidden.comment.id)).toContain("Only members of the board team");

    // Membership is read through the API, once for the one login an event needs.
    fake.reset();
    const again = fake.addComment(1, "/board approve 9000", user("mallory"));
    await deliver(probot, commandEvent(fake, issue, again));
    expect(fake.requests.filter((r) => r.path.startsWith("/orgs/"))).toEqual([
      { method: "GET", path: "/orgs/psf/teams/board/memberships/mallory", query: {} },
    ]);
  });

  it("removes a protected label someone outside the board added, with one reply; a board member's stays", async () => {
    const issue = await openedGrant();
    fake.issues.get(1)?.labels.push({ name: "status/approved" });
    const event = labeledEvent(fake, issue, "status/approved", "mallory");
    await deliver(probot, event);
    expect(writes()).toEqual([
      { method: "DELETE", path: `${R}/issues/1/labels/status%2Fapproved` },
      { method: "POST", path: `${R}/issues/1/comments`, body: { body: expect.any(String) } },
    ]);
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/grants-wg-review"]);
    const reply = fake.commentsOn(1).at(-1)?.body ?? "";
    expect(reply).toContain("only members of the board team (`psf/board`) can add `status/approved`");
    fake.reset();
    await deliver(probot, event);
    expect(writes()).toEqual([]);

    // A board member may add it; labels nobody protects are not even looked at.
    fake.issues.get(1)?.labels.push({ name: "status/deferred" });
    await deliver(probot, labeledEvent(fake, issue, "status/deferred", "bea"));
    await deliver(probot, labeledEvent(fake, issue, "help wanted", "mallory"));
    expect(writes()).toEqual([]);
    expect(fake.labelsOn(1)).toContain("status/deferred");
  });

  it("puts an item a board member labels status/board-review by hand on the upcoming meeting, once", async () => {
    const issue = fake.addIssue({ title: "Trademark question", body: "Can we use the logo?" });
    issue.labels.push({ name: "status/board-review" });
    const event = labeledEvent(fake, issue, "status/board-review", "bea");
    await deliver(probot, event);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/milestones`,
      `PATCH ${R}/issues/${issue.number}`,
      `POST ${R}/issues`,
    ]);
    expect(agenda().body).toContain(
      `### Other items (1)\n\n| Item | Opened | Waiting by the meeting | Decision |`,
    );
    fake.reset();
    await deliver(probot, event);
    expect(writes()).toEqual([]);
  });

  it("guards report pull requests too, and never treats an edited comment as a command", async () => {
    const pull = fake.addPull({ changes: { "workgroups/x/reports/2026-10.yml": "x: 1\n" } }).issue;
    pull.labels.push({ name: "status/board-review" });
    await deliver(probot, labeledEvent(fake, pull, "status/board-review", "mallory"));
    expect(fake.labelsOn(pull.number)).toEqual([]);
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      `DELETE ${R}/issues/${pull.number}/labels/status%2Fboard-review`,
      `POST ${R}/issues/${pull.number}/comments`,
    ]);

    const issue = await openedGrant();
    const comment = fake.addComment(issue.number, "/recommend approve 9000", user("gwen"));
    fake.reset();
    await deliver(probot, commentEditedEvent(fake, issue, comment));
    expect(fake.requests).toEqual([]);
  });
});

describe("the Grants WG's decision on a request under the threshold", () => {
  it("is final: declined and closed as not planned, with no board meeting", async () => {
    const issue = await openedGrant("5,000 USD", "- Venue: 5,000 USD (essential)");
    const decline = await command(issue, "gwen", "/recommend decline Outside the program's scope");
    expect(decline.writes).toEqual([
      { method: "POST", path: `${R}/issues/${issue.number}/comments`, body: { body: expect.any(String) } },
      { method: "POST", path: `${R}/issues/${issue.number}/labels`, body: { labels: ["status/declined"] } },
      { method: "DELETE", path: `${R}/issues/${issue.number}/labels/status%2Fgrants-wg-review` },
      {
        method: "PATCH",
        path: `${R}/issues/${issue.number}`,
        body: { state: "closed", state_reason: "not_planned" },
      },
      {
        method: "PUT",
        path: `${R}/contents/grants%2F2026%2F${issue.number}-pycon-example-2027.yml`,
        body: {
          branch: "main",
          content: expect.any(String),
          message: `Record the declined grant request #${issue.number} in the grants ledger`,
        },
      },
    ]);
    const reply = replyTo(decline.comment.id);
    expect(reply).toContain("### Grants WG decision: declined");
    expect(reply).toContain("the Grants WG's decision is final");
    expect(parseRecord(reply)).toMatchObject({ by: "gwen", decision: "decline", outcome: "declined" });
    expect(fake.milestones).toEqual([]);
  });

  it("approves the amount requested when none is given, and refuses more than was requested", async () => {
    const issue = await openedGrant("5,000 USD", "- Venue: 5,000 USD (essential)");
    const tooMuch = await command(issue, "gwen", "/recommend approve 6000");
    expect(tooMuch.writes).toHaveLength(1);
    expect(replyTo(tooMuch.comment.id)).toContain("6,000 USD is more than the 5,000 USD requested.");
    const malformed = await command(issue, "gwen", "/recommend maybe");
    expect(replyTo(malformed.comment.id)).toContain("Say what you decide: `/recommend approve|decline");
    const approve = await command(issue, "gwen", "/recommend approve");
    expect(parseRecord(replyTo(approve.comment.id))).toMatchObject({ amount: 5000, outcome: "approved" });
    expect(fake.issues.get(issue.number)).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant", "status/approved"]);
  });
});

describe("/board defer", () => {
  it("keeps the item in board review and moves it to the next meeting; both agendas follow", async () => {
    const issue = await openedGrant();
    await command(issue, "gwen", "/recommend approve 9000");
    const january = agenda().number;
    const defer = await command(issue, "bo", "/board defer Waiting for the sponsor's answer");
    expect(parseRecord(replyTo(defer.comment.id))).toMatchObject({
      outcome: "deferred",
      meeting: "2027-03-10",
    });
    expect(fake.labelsOn(1)).toEqual([
      "grant/over-threshold",
      "kind/grant",
      "status/board-review",
      "status/deferred",
    ]);
    expect(fake.issues.get(1)?.milestone?.title).toBe("Board meeting 2027-03-10");
    expect(fake.issues.get(january)?.body).toContain("Nothing is on this meeting's agenda yet.");
    const march = [...fake.issues.values()].find((i) => i.title === "Board meeting 2027-03-10: agenda");
    expect(march?.body).toContain("To decide (deferred (@\u200dbo, 2026-11-21))");

    // Deferred items can still be decided.
    await command(issue, "bea", "/board decline");
    expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/declined"]);
  });
});

describe("a charter proposal approved by the board", () => {
  it("ends with one pull request adding a charter file that passes validation, even when the first try fails half-way", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal: Documentation",
      body: charterBody(),
      labels: [{ name: "kind/charter" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["kind/charter", "status/board-review"]);
    expect(fake.issues.get(1)?.milestone?.title).toBe(MILESTONE);
    expect(agenda().body).toContain("### Charter proposals (1)");
    fake.reset();
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(writes()).toEqual([]);

    // GitHub fails the pull request the first time: the decision is recorded, and the retry finishes the work.
    fake.faults.push({ method: "POST", path: /\/pulls$/, status: 502, times: 1 });
    const comment = fake.addComment(1, "/board approve", user("bea"));
    fake.reset();
    await expect(deliver(probot, commandEvent(fake, issue, comment))).rejects.toThrow();
    expect(fake.pulls.size).toBe(0);
    await deliver(probot, commandEvent(fake, issue, comment));
    fake.reset();
    await deliver(probot, commandEvent(fake, issue, comment));
    expect(writes()).toEqual([]);

    const pulls = [...fake.pulls.values()];
    expect(pulls).toHaveLength(1);
    const pull = pulls[0];
    expect(pull?.head.ref).toBe("wgbot/charter-documentation");
    expect(pull?.files).toEqual([{ filename: "workgroups/documentation/charter.yml", status: "added" }]);
    const pr = fake.issues.get(pull?.number ?? 0);
    expect(pr?.title).toBe("Charter the documentation work group");
    expect(pr?.body).toContain("Closes #1");
    expect(
      fake.commentsOn(1).filter((c) => c.body.startsWith(`<!-- wgbot:reply:${comment.id}`)),
    ).toHaveLength(1);
    expect(fake.labelsOn(1)).toEqual(["kind/charter", "status/approved"]);
    expect(fake.issues.get(1)?.state).toBe("open"); // merging the pull request closes it

    const branch = fake.filesAt("wgbot/charter-documentation") as Map<string, string>;
    const file = branch.get("workgroups/documentation/charter.yml") as string;
    expect(file).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/charter\.schema\.json\n/);
    expect(file).toContain("status: active\n");
    const state = validateRepository(
      snapshotOf({ ...Object.fromEntries(fake.files), "workgroups/documentation/charter.yml": file }),
      { now: NOW },
    );
    expect(state.problems).toEqual([]);
    expect(state.workgroups.get("documentation")?.charter?.participants.members).toEqual([
      "grace",
      "linus",
      "margaret",
    ]);
  });

  it("refuses to approve a proposal that no longer reads as a valid charter", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal",
      body: charterBody(),
      labels: [{ name: "kind/charter" }, { name: "status/board-review" }],
    });
    issue.body = charterBody({ review: "2031-01-01" });
    const attempt = await command(issue, "bea", "/board approve");
    expect(attempt.writes).toHaveLength(1);
    expect(replyTo(attempt.comment.id)).toContain("cannot turn this proposal into a charter file");
    expect(fake.pulls.size).toBe(0);
  });
});

describe("events racing", () => {
  it("two events for one proposal at once leave one milestone and one open agenda", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal: Documentation",
      body: charterBody(),
      labels: [{ name: "kind/charter" }],
    });
    await Promise.all([
      deliver(probot, issuesEvent(fake, "opened", issue)),
      deliver(probot, issuesEvent(fake, "edited", issue)),
    ]);
    expect(fake.milestones).toHaveLength(1);
    expect(agenda().body).toContain("| #1 Work group proposal: Documentation |");
    for (const duplicate of agendas().filter((a) => a.number !== agenda().number)) {
      expect(duplicate).toMatchObject({ state: "closed", state_reason: "not_planned", milestone: null });
    }
    // Whatever raced, the next event finds everything in place.
    fake.reset();
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(writes()).toEqual([]);
  });

  it("one command delivered twice at once is answered once, with one milestone and one open agenda", async () => {
    const issue = await openedGrant();
    const comment = fake.addComment(1, "/recommend approve 9000", user("gwen"));
    const event = commandEvent(fake, issue, comment);
    await Promise.all([deliver(probot, event), deliver(probot, event)]);
    expect(
      fake.commentsOn(1).filter((c) => c.body.startsWith(`<!-- wgbot:reply:${comment.id}`)),
    ).toHaveLength(1);
    expect(fake.milestones).toHaveLength(1);
    expect(agenda().body).toContain("| #1 Grant request");
    expect(fake.labelsOn(1)).toContain("status/board-review");
  });

  it("a milestone another run created after our read is read back, not created twice (422 already_exists)", async () => {
    const issue = await openedGrant();
    fake.milestones.push({
      number: 1,
      title: MILESTONE,
      due_on: `${MEETING}T12:00:00Z`,
      state: "open",
      description: null,
    });
    // Our list of milestones is read before the other run's milestone appears in it.
    fake.faults.push({ method: "GET", path: /\/milestones$/, status: 200, body: [], times: 1 });
    const recommend = await command(issue, "gwen", "/recommend approve 9000");
    expect(recommend.writes.filter((w) => w.path.endsWith("/milestones"))).toHaveLength(1);
    expect(fake.milestones).toHaveLength(1);
    expect(fake.issues.get(1)?.milestone).toEqual({ number: 1, title: MILESTONE });
    expect(agenda().milestone?.number).toBe(1);
  });

  it("two grants escalated at once share the meeting's milestone and agenda", async () => {
    const first = await openedGrant();
    const second = await openedGrant("20,000 USD", "- Venue: 20,000 USD (essential)");
    const a = fake.addComment(first.number, "/recommend approve 9000", user("gwen"));
    const b = fake.addComment(second.number, "/recommend decline", user("gwen"));
    await Promise.all([
      deliver(probot, commandEvent(fake, first, a)),
      deliver(probot, commandEvent(fake, second, b)),
    ]);
    expect(fake.milestones).toHaveLength(1);
    // The two runs may each have written the agenda before seeing the other's item: the next event settles it.
    await deliver(probot, issuesEvent(fake, "edited", fake.issues.get(second.number) as FakeIssue));
    const body = agenda().body;
    expect(body).toContain(`| #${first.number} Grant request`);
    expect(body).toContain(`| #${second.number} Grant request`);
    expect(body).toContain("  bar [12000, 20000]\n  line [9000, 0]");
  });
});

describe("the agenda", () => {
  it("lists every kind of escalated item in its section, puts unscheduled ones on the meeting, and escapes titles", async () => {
    fake.addIssue({
      title: "Work group at risk: packaging",
      body: "<!-- wgbot:at-risk packaging -->\nTwo reports missed.",
      labels: [{ name: "status/at-risk" }, { name: "wg/packaging" }],
      user: BOT,
    });
    fake.addIssue({
      title: "Charter renewal due: education",
      body: "<!-- wgbot:renewal education -->\nReview date 2027-01-01.",
      labels: [{ name: "status/board-review" }, { name: "wg/education" }],
      user: BOT,
    });
    const report = fake.addPull({
      title: "Report 2026-10 | **Packaging** @psf/board",
      changes: { "workgroups/packaging/reports/2026-10.yml": "x: 1\n" },
      labels: ["kind/report", "status/board-review", "wg/packaging"],
    });
    const issue = await openedGrant();
    fake.reset();
    await command(issue, "gwen", "/recommend approve 9000");
    const body = agenda().body;
    const sections = [...body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      "Grant requests over 10,000 USD (1)",
      "Reports that ask the board for something (1)",
      "Work groups at risk (1)",
      "Charters due for renewal (1)",
    ]);
    expect(body).toContain(`| #${report.number} Report 2026-10 \\| \\*\\*Packaging\\*\\* @\u200dpsf/board |`);
    // The agenda's own mention of the board team, once; the title's is neutralised.
    expect(body.match(/@psf\/board/g)).toEqual(["@psf/board"]);
    expect(body).toContain("\n@psf/board: the agenda of your meeting on 2027-01-13.\n");
    for (const n of [1, 2, report.number, issue.number])
      expect(fake.issues.get(n)?.milestone?.title).toBe(MILESTONE);
    // The report's board decision lands on the report, which people merge: it stays open.
    await command(report.issue, "bea", "/board approve");
    expect(fake.labelsOn(report.number)).toEqual(["kind/report", "status/approved", "wg/packaging"]);
    expect(fake.issues.get(report.number)?.state).toBe("open");
  });

  it("is regenerated from the current state: a human edit to it is replaced by the next event", async () => {
    const issue = await openedGrant();
    await command(issue, "gwen", "/recommend approve 9000");
    const text = agenda().body;
    (fake.issues.get(agenda().number) as FakeIssue).body = `${text}\nsomeone's note`;
    fake.reset();
    await deliver(probot, issuesEvent(fake, "edited", fake.issues.get(1) as FakeIssue));
    expect(writes()).toEqual([
      { method: "PATCH", path: `${R}/issues/${agenda().number}`, body: { body: text } },
    ]);
  });
});

describe("without a webhook", () => {
  function context(dryRun: boolean): CoreContext {
    const github = new WgbotOctokit({
      auth: "ghs_test",
      baseUrl: fake.url,
      throttle: { enabled: false },
      retry: { enabled: false },
    }) as unknown as GitHub;
    return {
      github,
      repo: { owner: "psf", repo: "governance" },
      now: NOW,
      dryRun,
      log: silentLogger,
      self: tokenIdentity(github),
    };
  }

  it("a dry run of a command computes every write and performs none", async () => {
    const issue = await openedGrant();
    const comment = fake.addComment(1, "/recommend approve 9000", user("gwen"));
    fake.reset();
    const outcome = await handleEvent(commandEvent(fake, issue, comment) as never, context(true));
    expect(fake.writes).toEqual([]);
    expect(outcome.flow).toBe("recommend-command");
    expect(outcome.writes.map((w) => w.kind)).toEqual([
      "create-comment",
      "add-labels",
      "remove-label",
      "create-milestone",
      "set-milestone",
      "create-issue",
    ]);
    expect(outcome.writes.map(describeWrite).join("\n")).toContain(`#1: milestone "${MILESTONE}"`);
  });

  it("syncBoard (for the sweep) puts unscheduled escalated items on the upcoming meeting, once", async () => {
    fake.addIssue({
      title: "Work group at risk: packaging",
      body: "<!-- wgbot:at-risk packaging -->\nTwo reports missed.",
      labels: [{ name: "status/at-risk" }, { name: "wg/packaging" }],
      user: BOT,
    });
    const config = PRESETS.psf;
    const first = await syncBoard(context(false), config);
    expect(first.map((w) => w.kind)).toEqual(["create-milestone", "set-milestone", "create-issue"]);
    expect(fake.issues.get(1)?.milestone?.title).toBe(MILESTONE);
    expect(agenda().body).toContain("### Work groups at risk (1)");
    fake.reset();
    expect(await syncBoard(context(false), config)).toEqual([]);
    expect(fake.writes).toEqual([]);
  });

  it("syncBoard opens no milestone when nothing waits for the board", async () => {
    expect(await syncBoard(context(false), PRESETS.psf)).toEqual([]);
    expect(fake.milestones).toEqual([]);
  });
});
