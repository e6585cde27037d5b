/**
 * The needs-info clock restarts when the applicant acts (decide/applicant-activity.ts), end to end: the request is
 * filed and answered through the Probot app, the applicant edits its text (read back over GraphQL as the issue's
 * `userContentEdits`) or comments, and the scheduled sweep (run as the Action runs it: the App has no schedule)
 * counts the 42 days from then, not from the day the request was put in needs-info.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { asPerson, BOT, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { CONFIG } from "../support/governance-files.ts";
import { commentEvent, issuesEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";
import { sweepOn } from "../support/sweep.ts";

const DAY_0 = Date.parse("2026-09-01T12:00:00Z");
const day = (n: number) => new Date(DAY_0 + n * 86_400_000);
const ADA = asPerson("ada");
const ISSUE = "/repos/psf/governance/issues/1";

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", CONFIG); // psf: closed after 42 days in needs-info
});
afterEach(async () => {
  await fake.stop();
});

/** A request filed by ada on day 0 and put in needs-info: its Code of Conduct's URL is missing, and `missing`. */
async function fileIncompleteRequest(missing: Record<string, string>): Promise<FakeIssue> {
  fake.setTime(day(0));
  const issue = fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body: grantBody({ coc_url: "", ...missing }),
    user: ADA,
    labels: [{ name: "kind/grant" }],
  });
  await deliver(await probotFor(fake, day(0)), issuesEvent(fake, "opened", issue));
  expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/needs-info"]);
  return issue;
}

/** Day 30: ada edits the text (a PATCH as her, which GitHub records as an edit), and the App gets `edited`. */
async function adaEditsOnDay30(issue: FakeIssue, body: string): Promise<void> {
  fake.setTime(day(30));
  fake.actor = ADA;
  const edited = await fetch(`${fake.url}${ISSUE}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body }),
  });
  expect(edited.status).toBe(200);
  fake.actor = BOT;
  fake.reset();
  await deliver(await probotFor(fake, day(30)), issuesEvent(fake, "edited", issue, "ada"));
  expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/needs-info"]);
}

/** The sweep on `n` days after day 0, and the writes it made about the request. */
async function sweepOnDay(n: number) {
  fake.setTime(day(n));
  await sweepOn(fake, day(n));
  return fake.writeLog.filter((w) => w.path.startsWith(ISSUE));
}

function closing(since: string) {
  return [
    {
      method: "POST",
      path: `${ISSUE}/comments`,
      body: {
        body: expect.stringContaining(
          `Hello @ada: this grant request has been waiting for more information since ${since}`,
        ),
      },
    },
    { method: "PATCH", path: ISSUE, body: { state: "closed", state_reason: "not_planned" } },
  ];
}

const editsAsked = () =>
  fake.requests.some(
    (r) =>
      r.path === "/graphql" && String((r.body as { query?: unknown }).query).includes("userContentEdits"),
  );

describe("the needs-info clock", () => {
  it("restarts when the applicant edits the request: 42 days count from the edit", async () => {
    // The edit adds the Code of Conduct's contact; its URL is still missing, so wgbot's comment stays as it is.
    const issue = await fileIncompleteRequest({ coc_contact: "" });
    await adaEditsOnDay30(issue, grantBody({ coc_url: "" }));
    expect(fake.writeLog).toEqual([]);

    // Day 43: 43 days since the label, 13 since the edit. The sweep reads the edit history and leaves it open.
    expect(await sweepOnDay(43)).toEqual([]);
    expect(editsAsked()).toBe(true);
    expect(fake.issues.get(1)?.state).toBe("open");

    // Day 73: 43 days since the edit. Closed, with one comment that dates the wait from the edit.
    expect(await sweepOnDay(73)).toEqual(closing("2026-10-01"));
    expect(fake.issues.get(1)).toMatchObject({ state: "closed", state_reason: "not_planned" });
  });

  // wgbot updates its comment right after the edit, so the issue changed no later than its timeline's last comment
  // edit: the sweep must read the edit history all the same (decide/applicant-activity.ts, editsMatter).
  it("restarts when the applicant's edit fixes part of the request and wgbot updates its comment", async () => {
    const issue = await fileIncompleteRequest({ expected_attendees: "" });
    await adaEditsOnDay30(issue, grantBody({ coc_url: "" }));
    expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/psf/governance/issues/comments/${fake.commentsOn(1)[0]?.id}`,
    ]);

    expect(await sweepOnDay(43)).toEqual([]);
    expect(await sweepOnDay(73)).toEqual(closing("2026-10-01"));
  });

  it("restarts when the applicant comments: 42 days count from the comment", async () => {
    const issue = await fileIncompleteRequest({});

    fake.setTime(day(30));
    const reply = fake.addComment(
      1,
      "Our Code of Conduct is being written; the link follows next week.",
      ADA,
    );
    fake.reset();
    await deliver(
      await probotFor(fake, day(30)),
      commentEvent(fake, issue, { id: reply.id, body: reply.body, login: "ada", association: "NONE" }),
    );
    expect(fake.writeLog).toEqual([]);

    expect(await sweepOnDay(43)).toEqual([]);
    expect(fake.issues.get(1)?.state).toBe("open");

    expect(await sweepOnDay(73)).toEqual(closing("2026-10-01"));
  });
});
