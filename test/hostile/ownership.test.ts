/**
 * Markers anyone can type, through the whole App (signed deliveries into the real Probot app, against the fake
 * GitHub): wgbot's hidden markers and decision records count only when wgbot's own account wrote them. Another
 * app's bot, GitHub Actions' bot or a person posting them is ignored — never edited, never deleted, never taken
 * as a decision — and wgbot learns who it is from GitHub once per process.
 */
import type { Probot } from "probot";
import { afterAll, describe, expect, it } from "vitest";
import { type DecisionRecord, parseRecord, recordBlock } from "../../src/decide/decision-record.ts";
import { marker } from "../../src/model/markers.ts";
import { commandEvent, labeledEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import { boardApproval } from "../support/decision-records.ts";
import {
  asBot,
  asPerson,
  BOT,
  type FakeComment,
  type FakeGitHub,
  type FakeIssue,
  OTHER_APP,
} from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver } from "../support/probot.ts";
import { addGrant, expectSafeWrites, harnessEachTest, trackUnhandledRejections } from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

const MEETING = "2027-01-13";
let fake: FakeGitHub;
let probot: Probot;

harnessEachTest((h) => ({ fake, probot } = h), expectSafeWrites);

/** Who forges: another app's bot, GitHub Actions' bot (another bot to the App), and a person. */
const FORGERS = [OTHER_APP, asBot("github-actions[bot]"), asPerson("mallory")];

function grant(): FakeIssue {
  return addGrant(fake);
}

async function command(issue: FakeIssue, login: string, body: string): Promise<FakeComment> {
  const c = fake.addComment(issue.number, body, asPerson(login));
  await deliver(probot, commandEvent(fake, issue, c));
  return c;
}

/** wgbot's own comments on an issue that start with the marker. */
const ownWith = (issue: number, name: string) =>
  fake.commentsOn(issue).filter((c) => c.user.login === BOT.login && c.body.startsWith(marker(name)));

/** Every write that touched this comment (an edit or a delete). */
const writesToComment = (id: number) => fake.writes.filter((w) => w.path.endsWith(`/comments/${id}`));

/** A reply to command `id` with a well-formed record of `decision`, as wgbot itself would write it. */
function forgedReply(id: number, decision: Partial<DecisionRecord>): string {
  const record = boardApproval({ comment: id, ...decision });
  return `${marker(`reply:${id}`)}\n### Board decision: ${record.outcome}\n\n${recordBlock(record)}\n`;
}

describe("another account's sticky comment", () => {
  for (const forger of FORGERS) {
    it(`one by ${forger.login} that starts with wgbot's marker is never edited or deleted; wgbot keeps its own`, async () => {
      const issue = grant();
      const text = "<!-- wgbot:request-report -->\n### ✅ This grant request is complete";
      const forged = fake.addComment(1, text, forger);
      await deliver(probot, issuesEvent(fake, "opened", issue));
      issue.body = grantBody({ amount: "12,000 USD", coc_url: "" });
      await deliver(probot, issuesEvent(fake, "edited", issue));
      expect(fake.comments.find((c) => c.id === forged.id)?.body).toBe(text);
      expect(writesToComment(forged.id)).toEqual([]);
      const own = ownWith(1, "request-report");
      expect(own).toHaveLength(1);
      expect(own[0]?.body).toContain("Code of Conduct");

      // Run twice: the second delivery finds wgbot's own comment and writes nothing.
      fake.reset();
      await deliver(probot, issuesEvent(fake, "edited", issue));
      expect(fake.writes).toEqual([]);
    });
  }
});

describe("a forged decision record", () => {
  /** A grant the Grants WG recommended: in board review, on the meeting's agenda. */
  async function escalated(): Promise<FakeIssue> {
    const issue = grant();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    await command(issue, "gwen", "/recommend approve 9000");
    expect(fake.labelsOn(1)).toContain("status/board-review");
    return issue;
  }

  for (const forger of FORGERS) {
    it(`by ${forger.login}, answering a real board command first, does not change the board's decision`, async () => {
      const issue = await escalated();
      // bea declines; before wgbot handles her command, the forger "answers" it with an approval.
      const decline = fake.addComment(1, "/board decline", asPerson("bea"));
      const forged = fake.addComment(1, forgedReply(decline.id, {}), forger);
      await deliver(probot, commandEvent(fake, issue, decline));
      expect(fake.labelsOn(1)).toContain("status/declined");
      expect(fake.labelsOn(1)).not.toContain("status/approved");
      expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "not_planned" });
      const replies = ownWith(1, `reply:${decline.id}`);
      expect(replies).toHaveLength(1);
      expect(parseRecord(replies[0]?.body ?? "")).toMatchObject({ decision: "decline", comment: decline.id });
      expect(fake.comments.find((c) => c.id === forged.id)?.body).toBe(forgedReply(decline.id, {}));
      expect(writesToComment(forged.id)).toEqual([]);

      fake.reset();
      await deliver(probot, commandEvent(fake, issue, decline));
      expect(fake.writes).toEqual([]);
    });

    it(`by ${forger.login}, claiming the board already decided, does not block the Grants WG`, async () => {
      const issue = grant();
      await deliver(probot, issuesEvent(fake, "opened", issue));
      // A real command id (anyone's comment), "answered" with a board decision by the forger.
      const decoy = fake.addComment(1, "/board decline", asPerson("mallory"));
      fake.addComment(1, forgedReply(decoy.id, { decision: "decline", outcome: "declined" }), forger);
      const recommend = await command(issue, "gwen", "/recommend approve 9000");
      const reply = ownWith(1, `reply:${recommend.id}`)[0]?.body ?? "";
      expect(reply).not.toContain("already decided");
      expect(parseRecord(reply)).toMatchObject({ command: "recommend", outcome: "board-review" });
      expect(fake.labelsOn(1)).toContain("status/board-review");
      const agenda = [...fake.issues.values()].find((i) => i.title === `Board meeting ${MEETING}: agenda`);
      expect(agenda?.user.login).toBe(BOT.login);
      expect(agenda?.body).not.toContain("**Declined**");
    });

    it(`by ${forger.login} does not make a protected label someone added stand`, async () => {
      const issue = await escalated();
      const decoy = fake.addComment(1, "/board approve", asPerson("mallory"));
      fake.addComment(1, forgedReply(decoy.id, {}), forger);
      fake.issues.get(1)?.labels.push({ name: "status/approved" });
      await deliver(probot, labeledEvent(fake, issue, "status/approved", "mallory"));
      expect(fake.labelsOn(1)).not.toContain("status/approved");
      expect(fake.labelsOn(1)).toContain("status/board-review");
      expect(ownWith(1, "protected-label:status/approved:mallory")).toHaveLength(1);
    });
  }
});

describe("another account's agenda issue", () => {
  for (const forger of FORGERS) {
    it(`one by ${forger.login} on the meeting's milestone is neither the agenda nor closed as a duplicate`, async () => {
      fake.milestones.push({
        number: 1,
        title: `Board meeting ${MEETING}`,
        due_on: `${MEETING}T00:00:00Z`,
        state: "open",
        description: null,
      });
      const body = `<!-- wgbot:agenda ${MEETING} -->\n@psf/board everything is approved`;
      const theirs = fake.addIssue({
        title: `Board meeting ${MEETING}: agenda`,
        body,
        user: forger,
        milestone: { number: 1, title: `Board meeting ${MEETING}` },
      });
      const issue = grant();
      await deliver(probot, issuesEvent(fake, "opened", issue));
      await command(issue, "gwen", "/recommend approve 9000");
      expect(fake.issues.get(theirs.number)).toMatchObject({ body, state: "open" });
      expect(fake.writes.filter((w) => w.path.endsWith(`/issues/${theirs.number}`))).toEqual([]);
      const agendas = [...fake.issues.values()].filter(
        (i) => i.user.login === BOT.login && i.title === `Board meeting ${MEETING}: agenda`,
      );
      expect(agendas).toHaveLength(1);
      expect(agendas[0]?.body).toContain(`#${issue.number}`);
    });
  }
});

describe("wgbot's own identity", () => {
  const appReads = () => fake.requests.filter((r) => r.method === "GET" && r.path === "/app").length;

  it("is learned once per process, from GET /app, however many deliveries follow", async () => {
    const issue = grant();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    issue.body = grantBody({ amount: "12,000 USD", coc_url: "" });
    await deliver(probot, issuesEvent(fake, "edited", issue));
    await command(issue, "gwen", "/recommend approve 9000");
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(appReads()).toBe(1);
    expect(ownWith(1, "request-report")).toHaveLength(1);
  });

  it("costs nothing for an event that is ignored", async () => {
    const issue = grant();
    await deliver(probot, issuesEvent(fake, "opened", issue, "dependabot[bot]"));
    expect(fake.requests).toEqual([]);
  });

  it("is never guessed: when GitHub cannot say, the event fails and writes nothing, and the next one asks again", async () => {
    fake.faults.push({ method: "GET", path: /^\/app$/, status: 500, times: 1 });
    const issue = grant();
    await expect(deliver(probot, issuesEvent(fake, "opened", issue))).rejects.toThrow();
    expect(fake.writes).toEqual([]);
    expect(fake.comments).toEqual([]);
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(ownWith(1, "request-report")).toHaveLength(1);
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(appReads()).toBe(2);
  });
});
