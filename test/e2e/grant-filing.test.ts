/**
 * A grant request's lead time counts from the day it was filed (the issue's `created_at`), not from the day it is
 * edited or redelivered: end to end through the Probot app, GitHub faked only at the HTTP level.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";

// The app's clock (test/support/probot.ts) reads 2026-11-21; the requests were filed 10 days before.
const FILED = "2026-11-11T09:30:00Z";

let fake: FakeGitHub;
let probot: Probot;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
  probot = await probotFor(fake);
});
afterEach(async () => {
  await fake.stop();
});

function theComment(issue: number): string {
  const found = fake.commentsOn(issue);
  expect(found).toHaveLength(1);
  return found[0]?.body ?? "";
}

describe("lead time counted from filing", () => {
  it("a typo fixed 10 days after filing 50 days ahead does not make the request late; the second run writes nothing", async () => {
    // Filed on 2026-11-11 for an event on 2026-12-31: 50 days ahead. Today, 2026-11-21, it is 40 days away.
    const issue = fake.addIssue({
      title: "Grant request: PyCon Exmaple",
      body: grantBody({ event_name: "PyCon Exmaple", start_date: "2026-12-31", end_date: "2027-01-01" }),
      labels: [{ name: "kind/grant" }],
      created_at: FILED,
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/grants-wg-review"]);

    // The typo is fixed today: only the comment's echo of the event's name changes.
    fake.reset();
    issue.body = grantBody({ event_name: "PyCon Example", start_date: "2026-12-31", end_date: "2027-01-01" });
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(fake.writeLog.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/psf/governance/issues/comments/${fake.commentsOn(1)[0]?.id}`,
    ]);

    expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/grants-wg-review"]);
    const body = theComment(1);
    expect(body).toMatch(
      /^<!-- wgbot:request-report -->\n### ✅ This grant request is ready for the Grants WG/,
    );
    expect(body).not.toContain("may be declined");
    expect(body).toContain("| Filed | 2026-11-11 |");
    // psf: a decision within 6 weeks of filing, before the event.
    expect(body).toContain("a decision can be expected by **2026-12-23**, 6 weeks after it was filed");

    fake.reset();
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(fake.writeLog).toEqual([]);
  });

  it("a request filed 41 days ahead is late, says when it was filed, and the second run writes nothing", async () => {
    // Filed on 2026-11-11 for an event on 2026-12-22: 41 days ahead.
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({ start_date: "2026-12-22", end_date: "2026-12-23" }),
      labels: [{ name: "kind/grant" }],
      created_at: FILED,
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["grant/late", "kind/grant", "status/grants-wg-review"]);
    const body = theComment(1);
    // Late, and its decision target (6 weeks after filing) is the day after the event starts: two warnings.
    expect(body).toMatch(/\n### This grant request is ready for the Grants WG — 2 warnings\n/);
    expect(body).toContain(
      "This one was filed on 2026-11-11, 41 days before the event starts on 2026-12-22: less than the minimum lead time, so it may be declined.",
    );

    fake.reset();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.writeLog).toEqual([]);
  });
});
