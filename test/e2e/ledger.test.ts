/**
 * The grants ledger end to end, through the real Probot app with GitHub faked only at the HTTP level (psf-2026: a
 * cap of 15,000 USD per organisation per year). A request sees what its organisation was already granted this year;
 * the Grants WG's decision in the request's own currency is recorded in grants/<year>/ at the rate used, once; the
 * board cannot decide a request over the threshold without the Grants WG's recommendation. Every step is delivered
 * twice: the second delivery writes nothing.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseRecord } from "../../src/decide/decision-record.ts";
import { snapshotOf } from "../../src/repo/snapshot.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { commandEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
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

/** A command by `login`, delivered twice: the second delivery writes nothing. */
async function command(issue: FakeIssue, login: string, body: string) {
  const comment = fake.addComment(issue.number, body, { login, type: "User" });
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  const writes = fake.writeLog;
  fake.reset();
  await deliver(probot, commandEvent(fake, issue, comment));
  expect(fake.writeLog).toEqual([]);
  const reply = fake
    .commentsOn(issue.number)
    .find((c) => c.body.startsWith(`<!-- wgbot:reply:${comment.id} -->`));
  return { writes, reply: reply?.body ?? "" };
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
