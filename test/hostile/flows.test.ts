/**
 * Hostile input through the whole app: the real Probot app against the fake GitHub, with payloads from
 * @octokit/webhooks-examples. Forged labels are taken off again; hidden markers and decision records typed by a
 * person are never trusted and never make wgbot edit a person's comment or issue; hostile answers reach no body
 * wgbot writes unescaped (every write of every test is checked); huge bodies and a hostile config do not stop it.
 */
import type { Probot } from "probot";
import { afterAll, describe, expect, it } from "vitest";
import { parseRecord } from "../../src/decide/decision-record.ts";
import { commandEvent, labeledEvent } from "../support/board-events.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import type { FakeComment, FakeGitHub, FakeIssue } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver } from "../support/probot.ts";
import { FORGED_DECISION, HOSTILE_TEXTS } from "./corpus.ts";
import {
  addGrant,
  botCommentsWith,
  expectSafeWrites,
  GITHUB_MAX_BODY,
  harnessEachTest,
  outsideCode,
  textsOf,
  trackUnhandledRejections,
} from "./harness.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

const MEETING = "2027-01-13";
let fake: FakeGitHub;
let probot: Probot;

// Every body written during the test, whatever it was about.
harnessEachTest((h) => ({ fake, probot } = h), expectSafeWrites);

const person = (login: string) => ({ login, type: "User" });

function grant(overrides: Record<string, string> = {}): FakeIssue {
  return addGrant(fake, overrides);
}

async function send(event: { name: string; payload: unknown }, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await deliver(probot, event);
}

async function comment(issue: FakeIssue, login: string, body: string): Promise<FakeComment> {
  const c = fake.addComment(issue.number, body, person(login));
  await send(commandEvent(fake, issue, c));
  return c;
}

/** Writes that touch something other than the given issue's own comments and labels. */
const writesTo = (path: RegExp) => fake.writes.filter((w) => path.test(w.path));

describe("forged labels", () => {
  for (const label of ["status/approved", "status/declined", "status/deferred", "status/board-review"]) {
    for (const login of ["mallory", "gwen", "ada"]) {
      it(`${label} added by ${login} (not on the board) is removed again, with one reply, once`, async () => {
        const issue = grant();
        await send(issuesEvent(fake, "opened", issue));
        const before = fake.labelsOn(1);
        fake.issues.get(1)?.labels.push({ name: label });
        await send(labeledEvent(fake, issue, label, login), 3);
        expect(fake.labelsOn(1)).toEqual(before);
        const replies = botCommentsWith(fake, 1, `protected-label:${label}:${login}`);
        expect(replies).toHaveLength(1);
        expect(replies[0]?.body).toContain(
          `only members of the board team (\`psf/board\`) can add \`${label}\``,
        );
        expect(fake.milestones).toEqual([]);
        expect(fake.issues.get(1)?.state).toBe("open");
      });
    }
  }

  it("a label a bot added (another app, or a workflow) is never acted on", async () => {
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    const before = fake.writes.length;
    fake.issues.get(1)?.labels.push({ name: "status/approved" });
    const event = labeledEvent(fake, issue, "status/approved", "some-app[bot]");
    (event.payload.sender as { type: string }).type = "Bot";
    await send(event);
    expect(fake.writes.length).toBe(before);
  });

  it("a board member's label stays; the stranger's attempt before it changed nothing", async () => {
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    await comment(issue, "gwen", "/recommend approve 9000");
    fake.issues.get(1)?.labels.push({ name: "status/approved" });
    await send(labeledEvent(fake, issue, "status/approved", "mallory"));
    expect(fake.labelsOn(1)).not.toContain("status/approved");
    fake.issues.get(1)?.labels.push({ name: "status/deferred" });
    await send(labeledEvent(fake, issue, "status/deferred", "bo"));
    expect(fake.labelsOn(1)).toContain("status/deferred");
  });
});

describe("forged hidden markers", () => {
  it("a person's comment that starts with the request marker is never edited; wgbot writes its own", async () => {
    const issue = grant({ coc_url: "" });
    const forged = fake.addComment(
      1,
      "<!-- wgbot:request-report -->\n### ✅ This grant request is complete",
      person("ada"),
    );
    await send(issuesEvent(fake, "opened", issue));
    issue.body = grantBody({
      amount: "12,000 USD",
      budget: "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD",
    });
    await send(issuesEvent(fake, "edited", issue), 2);
    expect(fake.comments.find((c) => c.id === forged.id)?.body).toBe(
      "<!-- wgbot:request-report -->\n### ✅ This grant request is complete",
    );
    expect(writesTo(new RegExp(`/comments/${forged.id}$`))).toEqual([]);
    expect(botCommentsWith(fake, 1, "request-report")).toHaveLength(1);
  });

  it("a decision record typed by a person is not a decision: the label guard and the agenda ignore it", async () => {
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    const recommend = await comment(issue, "gwen", "/recommend approve 9000");
    // mallory forges wgbot's reply to a board command, record included, then adds the label it would imply.
    const fakeCommand = fake.addComment(1, "/board approve 9000", person("mallory"));
    fake.addComment(
      1,
      `<!-- wgbot:reply:${fakeCommand.id} -->\n### Board decision: approved 9,000 USD\n\n${FORGED_DECISION.replace('"comment":1', `"comment":${fakeCommand.id}`)}`,
      person("mallory"),
    );
    fake.issues.get(1)?.labels.push({ name: "status/approved" });
    await send(labeledEvent(fake, issue, "status/approved", "mallory"));
    expect(fake.labelsOn(1)).not.toContain("status/approved");
    expect(fake.labelsOn(1)).toContain("status/board-review");
    // The forged reply did not stop wgbot from answering the command itself: a refusal.
    await send(commandEvent(fake, issue, fakeCommand));
    const replies = botCommentsWith(fake, 1, `reply:${fakeCommand.id}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain("Only members of the board team");
    const agenda = [...fake.issues.values()].find((i) =>
      i.body.startsWith(`<!-- wgbot:agenda ${MEETING} -->`),
    );
    expect(agenda?.body).toContain("To decide");
    expect(agenda?.body).not.toContain("**Approved**");
    expect(parseRecord(botCommentsWith(fake, 1, `reply:${recommend.id}`)[0]?.body ?? "")).toMatchObject({
      command: "recommend",
    });
    expect(fake.issues.get(1)?.state).toBe("open");
  });

  it("a forged protected-label reply is not wgbot's: wgbot answers with its own and edits nothing", async () => {
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    const forged = fake.addComment(
      1,
      "<!-- wgbot:protected-label:status/approved:mallory -->\nok",
      person("mallory"),
    );
    fake.issues.get(1)?.labels.push({ name: "status/approved" });
    await send(labeledEvent(fake, issue, "status/approved", "mallory"));
    expect(fake.comments.find((c) => c.id === forged.id)?.body).toContain("\nok");
    expect(botCommentsWith(fake, 1, "protected-label:status/approved:mallory")).toHaveLength(1);
  });

  it("an issue a person opened with an agenda marker is not the agenda: wgbot opens and keeps its own", async () => {
    const forgedAgenda = fake.addIssue({
      title: `Board meeting ${MEETING}: agenda`,
      body: `<!-- wgbot:agenda ${MEETING} -->\n@psf/board everything is approved`,
      user: person("mallory"),
    });
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    await comment(issue, "gwen", "/recommend approve 9000");
    const agendas = [...fake.issues.values()].filter((i) =>
      i.body.startsWith(`<!-- wgbot:agenda ${MEETING} -->`),
    );
    expect(agendas.map((a) => a.user.type)).toEqual(["User", "Bot"]);
    expect(fake.issues.get(forgedAgenda.number)?.body).toContain("everything is approved");
    expect(writesTo(new RegExp(`/issues/${forgedAgenda.number}$`))).toEqual([]);
  });

  it("a forged marker and record in the request itself reach the comment as text only", async () => {
    const issue = grant({
      event_name: `PyCon <!-- wgbot:request-report --> ${FORGED_DECISION}`,
      applicant_name: "<!-- wgbot:reply:1 --> @psf/board",
    });
    await send(issuesEvent(fake, "opened", issue));
    const [report] = botCommentsWith(fake, 1, "request-report");
    expect(report?.body.match(/<!--/g)).toHaveLength(1);
    expect(parseRecord(report?.body ?? "")).toBeUndefined();
  });
});

/** The line an agenda opens with to notify the board team (`teams.mention_board`). */
const AGENDA_MENTION = /^@psf\/board: the agenda of your meeting on \d{4}-\d{2}-\d{2}\.$/m;

describe("hostile answers, from the request to the board's agenda", () => {
  for (const hostile of HOSTILE_TEXTS) {
    it(`${hostile.name}: every comment and agenda wgbot writes shows it as text`, async () => {
      const issue = fake.addIssue({
        title: `Grant request: ${hostile.text}`,
        body: grantBody({
          amount: "12,000 USD",
          budget: `- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD\n- ${hostile.text.replace(/\n/g, " ")}`,
          event_name: hostile.text,
          applicant_name: hostile.text,
          organisation: hostile.text,
        }),
        labels: [{ name: "kind/grant" }],
      });
      await send(issuesEvent(fake, "opened", issue), 2);
      expect(botCommentsWith(fake, 1, "request-report")).toHaveLength(1);
      // Escalate it, whatever its answers, to put its title on the agenda.
      fake.issues.get(1)?.labels.push({ name: "status/board-review" });
      await send(labeledEvent(fake, issue, "status/board-review", "bea"));
      const agenda = [...fake.issues.values()].find((i) =>
        i.body.startsWith(`<!-- wgbot:agenda ${MEETING} -->`),
      );
      expect(agenda).toBeDefined();
      if (hostile.mustNotAppear) {
        for (const request of fake.writes)
          for (const text of textsOf(request))
            expect(
              // wgbot's own mention of the board team on the agenda is meant; any other must not be there.
              outsideCode(text.replace(/^<!-- wgbot:[^>]* -->/, "").replace(AGENDA_MENTION, "")),
            ).not.toContain(hostile.mustNotAppear);
      }
    });
  }
});

describe("huge bodies and hostile configuration", () => {
  it("a 1 MB request gets one comment GitHub accepts, and a second delivery writes nothing", async () => {
    const issue = grant({
      event_name: "@psf/board ".repeat(100_000),
      budget: Array.from({ length: 10_000 }, (_, i) => `- stickers and swag ${i}: 1 USD`).join("\n"),
      amount: "10,000 USD",
    });
    await send(issuesEvent(fake, "opened", issue));
    const [report] = botCommentsWith(fake, 1, "request-report");
    expect(report?.body.length).toBeLessThanOrEqual(GITHUB_MAX_BODY);
    expect(report?.body).toContain("wgbot cut this comment short");
    const before = fake.writes.length;
    await send(issuesEvent(fake, "edited", issue));
    expect(fake.writes.length).toBe(before);
  });

  it("a charter proposal listing 10,000 members gets one comment GitHub accepts", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal",
      body: charterBody({
        members: Array.from({ length: 10_000 }, (_, i) => `@user${i}`).join(", "),
        chairs: "@user1",
      }),
      labels: [{ name: "kind/charter" }],
    });
    await send(issuesEvent(fake, "opened", issue), 2);
    const [report] = botCommentsWith(fake, 1, "request-report");
    expect(report?.body.length).toBeLessThanOrEqual(GITHUB_MAX_BODY);
  });

  for (const [name, config] of [
    [
      "an alias bomb",
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
    ],
    ["__proto__ teams", "teams:\n  __proto__: {board: mallory-team}\n  board: board\n"],
    ["a team that is a mention", 'teams:\n  board: "@everyone"\n'],
    ["deep nesting", `teams: ${"{a: ".repeat(3000)}1${"}".repeat(3000)}\n`],
    [
      "garbled text (bytes read as Latin-1)",
      Buffer.from([0x70, 0x72, 0x65, 0x73, 0x65, 0x74, 0x3a, 0x20, 0xff, 0x0a]).toString("latin1"),
    ],
  ] as const) {
    it(`a config with ${name} falls back to the preset: requests are still answered, commands still guarded`, async () => {
      fake.files.set(".github/wgbot.yml", config);
      const issue = grant();
      await send(issuesEvent(fake, "opened", issue));
      expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/grants-wg-review"]);
      const attempt = await comment(issue, "mallory", "/recommend approve 9000");
      expect(botCommentsWith(fake, 1, `reply:${attempt.id}`)[0]?.body).toContain(
        "Only members of the Grants Work Group",
      );
      expect(fake.labelsOn(1)).not.toContain("status/board-review");
    });
  }
});

describe("faults while writing", () => {
  it("a failed comment write fails the delivery (so GitHub can redeliver it); the redelivery finishes the work once", async () => {
    const issue = grant();
    fake.faults.push({ method: "POST", path: /\/issues\/1\/comments$/, status: 502, times: 1 });
    await expect(send(issuesEvent(fake, "opened", issue))).rejects.toThrow();
    expect(botCommentsWith(fake, 1, "request-report")).toHaveLength(0);
    await send(issuesEvent(fake, "opened", issue), 2);
    expect(botCommentsWith(fake, 1, "request-report")).toHaveLength(1);
    expect(fake.labelsOn(1)).toEqual(["grant/over-threshold", "kind/grant", "status/grants-wg-review"]);
  });

  it("a label someone removed first (404) is not an error", async () => {
    const issue = grant({ coc_url: "" });
    await send(issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toContain("status/needs-info");
    issue.body = grantBody({
      amount: "12,000 USD",
      budget: "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD",
    });
    fake.faults.push({ method: "DELETE", path: /\/labels\/status%2Fneeds-info$/, status: 404, times: 1 });
    await send(issuesEvent(fake, "edited", issue));
    expect(fake.labelsOn(1)).toContain("status/grants-wg-review");
  });

  it("a team membership that cannot be read (403) refuses the command, never grants it", async () => {
    const issue = grant();
    await send(issuesEvent(fake, "opened", issue));
    fake.faults.push({ method: "GET", path: /\/memberships\//, status: 403, times: 5 });
    const attempt = await comment(issue, "gwen", "/recommend approve 9000");
    expect(botCommentsWith(fake, 1, `reply:${attempt.id}`)[0]?.body).toContain(
      "Only members of the Grants Work Group",
    );
    expect(fake.labelsOn(1)).not.toContain("status/board-review");
  });
});
