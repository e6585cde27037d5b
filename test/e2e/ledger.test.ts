/**
 * The grants ledger end to end, through the real Probot app with GitHub faked only at the HTTP level (psf-2026: a
 * cap of 15,000 USD per organisation per year). A request sees what its organisation was already granted this year;
 * the Grants WG's decision in the request's own currency is recorded in grants/<year>/ at the rate used, once; the
 * board cannot decide a request over the threshold without the Grants WG's recommendation. A default branch that takes
 * changes only through pull requests gets the record as one pull request from wgbot/ledger-<issue>, and the flow goes
 * on; any other refusal still fails the run. Every step is delivered twice: the second delivery writes nothing.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { parseRecord } from "../../src/decide/decision-record.ts";
import { wgbotProbotOctokit } from "../../src/github/probot-octokit.ts";
import { snapshotOf } from "../../src/repo/snapshot.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { commandEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub, type FakeIssue, type Fault } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver, NOW, probotFor } from "../support/probot.ts";

const R = "/repos/psf/governance";
const CONFIG = "preset: psf-2026\nteams: { board: board, grants_wg: grants-wg }\n";

/** PyCon Example's grant earlier this year, as wgbot recorded it (matched on the website, not the name). */
const EARLIER = `issue: 31
url: https://github.com/psf/governance/issues/31
outcome: approved
grant_type: workshop
organisation:
  name: PyCon Example Association
  website: https://www.pycon.example.org/
event:
  name: PyCon Example Sprint Days
  start_date: 2026-06-12
  end_date: 2026-06-13
currency: EUR
requested: 1500
granted: 1500
base_currency: USD
rate: 1.08
requested_base: 1620
granted_base: 1620
decided:
  by: gwen
  for: grants-wg
  on: 2026-05-04
  comment: 310042
`;

let fake: FakeGitHub;
let probot: Probot;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG);
  fake.files.set("grants/2026/31-pycon-example-sprint-days.yml", EARLIER);
  fake.teams.set("grants-wg", new Set(["gwen"]));
  fake.teams.set("board", new Set(["bea"]));
  probot = await probotFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

/** A grant request opened twice (the second delivery writes nothing); its one comment. */
async function opened(amount: string): Promise<{ issue: FakeIssue; comment: string }> {
  const issue = fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ amount, budget: `- Venue: ${amount} (essential)` }),
    labels: [{ name: "kind/grant" }],
  });
  await deliver(probot, issuesEvent(fake, "opened", issue));
  fake.reset();
  await deliver(probot, issuesEvent(fake, "opened", issue));
  expect(fake.writeLog).toEqual([]);
  const comments = fake.commentsOn(issue.number);
  expect(comments).toHaveLength(1);
  return { issue, comment: comments[0]?.body ?? "" };
}

/** A command comment by `login`, and its delivery. */
function commandBy(issue: FakeIssue, login: string, body: string) {
  const comment = fake.addComment(issue.number, body, { login, type: "User" });
  return commandEvent(fake, issue, comment);
}

/** A command by `login`, delivered twice: the second delivery writes nothing. */
async function command(issue: FakeIssue, login: string, body: string) {
  const comment = fake.addComment(issue.number, body, { login, type: "User" });
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  const writes = fake.writeLog;
  const requests = fake.requests
    .filter((r) => !r.path.includes("/access_tokens"))
    .map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  expect(fake.writeLog).toEqual([]);
  const reply = fake
    .commentsOn(issue.number)
    .find((c) => c.body.startsWith(`<!-- wgbot:reply:${comment.id} -->`));
  return { writes, requests, reply: reply?.body ?? "" };
}

describe("the grants ledger", () => {
  it("shows the applicant what the organisation was granted this year, and records the Grants WG's decision in EUR once", async () => {
    const { issue, comment } = await opened("4,500 EUR");
    expect(fake.labelsOn(issue.number)).toContain("status/grants-wg-review");
    expect(comment).toContain(
      "PyCon Example was already granted 1,620 USD in 2026 (#31 1,620 USD); with this request, that is 6,480 USD of the 15,000 USD one organisation may be granted in a year.",
    );

    const decided = await command(issue, "gwen", "/recommend approve 4000 EUR");
    const path = `grants/${NOW.getUTCFullYear()}/${issue.number}-pycon-example-2027.yml`;
    expect(decided.writes.map((w) => `${w.method} ${decodeURIComponent(w.path)}`)).toEqual([
      `POST ${R}/issues/${issue.number}/comments`,
      `POST ${R}/issues/${issue.number}/labels`,
      `DELETE ${R}/issues/${issue.number}/labels/status/grants-wg-review`,
      `PATCH ${R}/issues/${issue.number}`,
      `PUT ${R}/contents/${path}`,
    ]);
    // Reads: the comments and the commenter's team, then the item with the ledger of the decision's year and any pull
    // request proposing its record (one GraphQL request: the cap and the record need it); after the reply, the
    // comments again (a doubled reply?) and the item as it is now.
    expect(decided.requests.filter((r) => r.startsWith("GET ") || r.endsWith("/graphql"))).toEqual([
      `GET ${R}/issues/${issue.number}/comments`,
      "GET /orgs/psf/teams/grants-wg/memberships/gwen",
      "POST /graphql",
      `GET ${R}/issues/${issue.number}/comments`,
      `GET ${R}/issues/${issue.number}`,
    ]);
    expect(decided.reply).toContain("**approved 4,000 EUR (≈ 4,320 USD at 1 EUR = 1.08 USD)**");
    expect(parseRecord(decided.reply)).toMatchObject({
      amount: 4320,
      local: { currency: "EUR", rate: 1.08, amount: 4000 },
    });
    const file = fake.files.get(path) ?? "";
    expect(file).toContain("currency: EUR\nrequested: 4500\ngranted: 4000\nbase_currency: USD\nrate: 1.08\n");
    expect(file).toContain("requested_base: 4860\ngranted_base: 4320\n");
    expect(file).toContain(`url: https://github.com/psf/governance/issues/${issue.number}\n`);
    expect(file).toContain("decided:\n  by: gwen\n  for: grants-wg\n  on: 2026-11-21\n");

    // What wgbot wrote validates as `wgbot validate` reads it, next to the earlier record.
    const state = validateRepository(snapshotOf(Object.fromEntries(fake.files)), { now: NOW });
    expect(state.problems).toEqual([]);
    expect(state.ledger.size).toBe(2);
  });

  it("refuses a request that would take the organisation over its cap, saying how much is left", async () => {
    fake.files.set(
      "grants/2026/40-pycon-example-2026.yml",
      EARLIER.replace(/31/g, "40").replace(/1500/g, "7000").replace(/1620/g, "7560"),
    );
    const { comment } = await opened("6,000 USD");
    expect(comment).toContain(
      "PyCon Example was already granted 9,180 USD in 2026 (#31 1,620 USD, #40 7,560 USD); with this request, that is 15,180 USD. The foundation grants at most 15,000 USD to one organisation in a year.",
    );
    expect(comment).toContain("Lower the amount requested to at most 5,820 USD, and the budget with it.");
    expect(fake.labelsOn(1)).toContain("status/needs-info");
  });

  it("checks the cap again at approval: two requests each within it at intake cannot both be approved past it", async () => {
    fake.files.set(
      "grants/2026/40-pycon-example-2026.yml",
      EARLIER.replace(/31/g, "40").replace(/1500/g, "7000").replace(/1620/g, "7560"),
    );
    // 9,180 USD granted this year: 4,000 and then 3,000 more are each within the 15,000 USD cap at intake.
    const first = await opened("4,000 USD");
    const second = await opened("3,000 USD");
    expect(fake.labelsOn(second.issue.number)).toContain("status/grants-wg-review");
    await command(first.issue, "gwen", "/recommend approve");
    expect(fake.labelsOn(first.issue.number)).toContain("status/approved");

    const refused = await command(second.issue, "gwen", "/recommend approve");
    expect(refused.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `POST ${R}/issues/${second.issue.number}/comments`,
    ]);
    expect(refused.reply).toContain(
      "Approving 3,000 USD would bring PyCon Example to 16,180 USD granted in 2026, over the 15,000 USD the foundation grants one organisation in a year. The grants ledger (`grants/2026/`) already holds #31 1,620 USD, #40 7,560 USD, #1 4,000 USD for PyCon Example in 2026. At most 1,820 USD is left: approve that or less (`/recommend approve 1820`), or decline. If the ledger is wrong, correct it first. Nothing was changed.",
    );
    expect(parseRecord(refused.reply)).toBeUndefined();
    expect(fake.labelsOn(second.issue.number)).toContain("status/grants-wg-review");

    const lowered = await command(second.issue, "gwen", "/recommend approve 1820");
    expect(lowered.reply).toContain("**approved 1,820 USD**");
    expect(fake.files.get(`grants/2026/${second.issue.number}-pycon-example-2027.yml`)).toContain(
      "granted: 1820\n",
    );
  });
});

describe("/board without the Grants WG's recommendation", () => {
  it("over the threshold: says what is missing, and changes nothing", async () => {
    const issue = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody({ amount: "12,000 USD", budget: "- Venue: 12,000 USD (essential)" }),
      labels: [{ name: "kind/grant" }, { name: "status/board-review" }, { name: "grant/over-threshold" }],
    });
    const before = { labels: fake.labelsOn(issue.number), state: fake.issues.get(issue.number)?.state };
    const attempt = await command(issue, "bea", "/board approve");
    expect(attempt.writes).toEqual([
      { method: "POST", path: `${R}/issues/${issue.number}/comments`, body: { body: expect.any(String) } },
    ]);
    expect(attempt.reply).toContain(
      "The board decides grant requests over 10,000 USD with the Grants Work Group's recommendation on record, and this request has none yet.",
    );
    expect(parseRecord(attempt.reply)).toBeUndefined();
    expect({ labels: fake.labelsOn(issue.number), state: fake.issues.get(issue.number)?.state }).toEqual(
      before,
    );
    expect([...fake.files.keys()].filter((p) => p.startsWith("grants/") && !p.includes("/31-"))).toEqual([]);
  });
});

/** A grant request the Grants WG recommended, escalated to the board: on a meeting's milestone, with its agenda. */
async function escalated(): Promise<FakeIssue> {
  // The psf preset: psf-2026 caps a conference at 8,000 USD, below the board's threshold.
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
  const { issue } = await opened("12,000 USD");
  await command(issue, "gwen", "/recommend approve 9000");
  expect(fake.labelsOn(issue.number)).toContain("status/board-review");
  return issue;
}

/** The agenda issue of the request's meeting. */
function agendaOf(issue: FakeIssue): FakeIssue {
  const milestone = fake.issues.get(issue.number)?.milestone?.title;
  const agenda = [...fake.issues.values()].find(
    (i) => i.number !== issue.number && !i.pull_request && i.milestone?.title === milestone,
  );
  if (!agenda) throw new Error("no agenda issue");
  return agenda;
}

/**
 * The default branch refuses the next put to the ledger folder with GitHub's words. The fake matches a fault on the
 * path, not the branch: the put to wgbot's own branch that follows is let through, as GitHub would.
 */
function protect(status: number, message: string): Fault {
  const fault: Fault = { method: "PUT", path: /\/contents\/grants%2F/, status, times: 1, body: { message } };
  fake.faults.push(fault);
  return fault;
}

const RULESET = "Repository rule violations found\n\nChanges must be made through a pull request.\n\n";

/** The app, as probotFor loads it, with its warnings kept: what an admin reads in the server's log. */
async function probotLoggingTo(warnings: string[]): Promise<Probot> {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      warnings.push(String((JSON.parse(String(chunk)) as { msg?: unknown }).msg));
      done();
    },
  });
  const app = new Probot({
    appId: 1,
    privateKey: testPrivateKey(),
    baseUrl: fake.url,
    log: pino({ level: "warn" }, sink),
    Octokit: wgbotProbotOctokit({ throttle: false }),
  });
  await app.load(createApp({ now: () => NOW }));
  return app;
}

const written = () => fake.writeLog.map((w) => `${w.method} ${decodeURIComponent(w.path)}`);
const branchOf = (w: { body?: unknown }) => (w.body as { branch?: string } | undefined)?.branch;

describe("a default branch that takes changes only through pull requests", () => {
  it("gets the board's decision as one pull request adding the record; the agenda is still updated, and a redelivery writes nothing", async () => {
    const issue = await escalated();
    const agenda = agendaOf(issue);
    const path = `grants/2026/${issue.number}-pycon-example-2027.yml`;
    const branch = `wgbot/ledger-${issue.number}`;
    protect(409, RULESET);
    const event = commandBy(issue, "bea", "/board approve 9000");
    const warnings: string[] = [];
    probot = await probotLoggingTo(warnings);
    fake.reset();
    await deliver(probot, event);
    expect(warnings).toEqual([
      `#${issue.number}: main refused the grants ledger record ${path} (GitHub: "Repository rule violations found: Changes must be made through a pull request."); proposing it in a pull request from ${branch} instead. Until that is merged, the ledger does not hold this decision: the cap per organisation per year leaves this grant out when it checks new requests.`,
    ]);

    expect(written()).toEqual([
      `POST ${R}/issues/${issue.number}/comments`,
      `POST ${R}/issues/${issue.number}/labels`,
      `DELETE ${R}/issues/${issue.number}/labels/status/board-review`,
      `PATCH ${R}/issues/${issue.number}`,
      `PUT ${R}/contents/${path}`,
      `POST ${R}/git/refs`,
      `PUT ${R}/contents/${path}`,
      `POST ${R}/pulls`,
      `PATCH ${R}/issues/${agenda.number}`,
    ]);
    const puts = fake.writeLog.filter((w) => w.method === "PUT");
    expect(puts.map(branchOf)).toEqual(["main", branch]);
    expect(fake.files.has(path)).toBe(false);

    const pulls = [...fake.pulls.values()];
    expect(pulls.map((p) => ({ head: p.head.ref, base: p.base.ref, files: p.files }))).toEqual([
      { head: branch, base: "main", files: [{ filename: path, status: "added" }] },
    ]);
    const pull = fake.issues.get(pulls[0]?.number ?? 0);
    expect(pull?.title).toBe(`Record the approved grant request #${issue.number} in the grants ledger`);
    expect(pull?.body).toContain(
      `The board approved grant request #${issue.number} on 2026-11-21 (board meeting 2027-01-13). wgbot records every final decision on a grant in the grants ledger, but the default branch, main, takes changes only through pull requests`,
    );
    expect(pull?.body).toContain(`- **Record:** \`${path}\`\n`);
    expect(pull?.body).toContain("- **Granted:** 9,000 USD\n- **Decided by:** bea, for the board\n");
    expect(pull?.body).toContain("Until it is merged, the ledger does not count this grant");
    // The record on the branch is the one wgbot would have committed, and validates next to the earlier one.
    const record = fake.filesAt(branch)?.get(path) ?? "";
    expect(record).toContain("outcome: approved\n");
    expect(record).toContain("decided:\n  by: bea\n  for: board\n  on: 2026-11-21\n  meeting: 2027-01-13\n");
    const merged = snapshotOf({ ...Object.fromEntries(fake.files), [path]: record });
    const state = validateRepository(merged, { now: NOW });
    expect(state.problems).toEqual([]);
    expect(state.ledger.size).toBe(2);
    expect(fake.issues.get(agenda.number)?.body).toContain("1 decided");

    // Redelivered while the branch is still protected: the pull request is found first, nothing is tried again.
    const still = protect(409, RULESET);
    fake.reset();
    await deliver(probot, event);
    expect(fake.writeLog).toEqual([]);
    expect(still.times).toBe(1);
    expect(warnings).toHaveLength(1);
  });

  it.each([
    [409, "Could not create file: Changes must be made through a pull request."],
    [409, "Could not create file: 2 of 2 required status checks are expected."],
    [422, "At least 1 approving review is required by reviewers with write access."],
  ])("a Grants WG decision refused with %i %s: one pull request, once", async (status, message) => {
    const { issue } = await opened("4,500 EUR");
    protect(status, message);
    const decided = await command(issue, "gwen", "/recommend approve 4000 EUR");
    const path = `grants/2026/${issue.number}-pycon-example-2027.yml`;
    expect(decided.writes.map((w) => `${w.method} ${decodeURIComponent(w.path)}`).slice(-4)).toEqual([
      `PUT ${R}/contents/${path}`,
      `POST ${R}/git/refs`,
      `PUT ${R}/contents/${path}`,
      `POST ${R}/pulls`,
    ]);
    expect(fake.files.has(path)).toBe(false);
    expect([...fake.pulls.values()].map((p) => p.head.ref)).toEqual([`wgbot/ledger-${issue.number}`]);
    expect(fake.filesAt(`wgbot/ledger-${issue.number}`)?.get(path)).toContain("granted_base: 4320\n");
  });

  it("brings the open pull request up to date when a later decision changes the record", async () => {
    const { issue } = await opened("4,500 EUR");
    const path = `grants/2026/${issue.number}-pycon-example-2027.yml`;
    const branch = `wgbot/ledger-${issue.number}`;
    // An earlier decision on the request, proposed in a pull request that is still open.
    const stale = EARLIER.replace(/\b31\b/g, String(issue.number)).replace("310042", "999");
    const earlier = fake.addPull({ author: "wgbot[bot]", changes: { [path]: stale } });
    earlier.head.ref = branch;
    fake.branches.set(branch, earlier.head.sha);

    const decided = await command(issue, "gwen", "/recommend approve 4000 EUR");
    expect(decided.writes.map((w) => `${w.method} ${decodeURIComponent(w.path)}`)).toEqual([
      `POST ${R}/issues/${issue.number}/comments`,
      `POST ${R}/issues/${issue.number}/labels`,
      `DELETE ${R}/issues/${issue.number}/labels/status/grants-wg-review`,
      `PATCH ${R}/issues/${issue.number}`,
      `PUT ${R}/contents/${path}`,
    ]);
    const put = decided.writes.at(-1) as { body?: { branch?: string; sha?: string } };
    expect(put.body).toMatchObject({ branch, sha: expect.any(String) });
    expect(fake.files.has(path)).toBe(false);
    expect(fake.pulls.size).toBe(1);
    expect(fake.filesAt(branch)?.get(path)).toContain("granted_base: 4320\n");
  });
});

describe("a ledger commit refused for another reason", () => {
  it.each([
    [
      "a real conflict (the file changed)",
      409,
      { message: "grants/2026/1-pycon-example-2027.yml does not match 5e1f0c2" },
    ],
    [
      "push protection (a secret in the file)",
      409,
      {
        message: "Repository rule violations found\n\nPush cannot contain secrets.\n\n",
        metadata: { secret_scanning: { bypass_placeholders: [] } },
      },
    ],
  ])("fails loudly on %s, and proposes nothing", async (_what, status, body) => {
    const { issue } = await opened("4,500 EUR");
    fake.faults.push({ method: "PUT", path: /\/contents\/grants%2F/, status, times: 1, body });
    const comment = fake.addComment(issue.number, "/recommend approve 4000 EUR", {
      login: "gwen",
      type: "User",
    });
    fake.reset();
    await expect(deliver(probot, commandEvent(fake, issue, comment))).rejects.toThrow();
    expect(written().at(-1)).toBe(`PUT ${R}/contents/grants/2026/${issue.number}-pycon-example-2027.yml`);
    expect(fake.pulls.size).toBe(0);
    expect([...fake.branches.keys()]).toEqual([]);
    expect(fake.files.has(`grants/2026/${issue.number}-pycon-example-2027.yml`)).toBe(false);
  });
});
