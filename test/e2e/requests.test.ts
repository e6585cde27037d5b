/**
 * Charter proposals and grant requests end to end: webhook payloads through the real Probot app, GitHub faked only at the HTTP level.
 * Each scenario asserts the exact write requests, and runs again to show the second delivery writes nothing.
 */
import type { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { charterBody, grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { commentEvent, issuesEvent } from "../support/payloads.ts";
import { deliver, probotFor } from "../support/probot.ts";

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

function writes() {
  return fake.writeLog;
}

function comment(issue: number): string {
  const found = fake.commentsOn(issue);
  expect(found).toHaveLength(1);
  return found[0]?.body ?? "";
}

describe("grant requests", () => {
  it("labels a complete request, routes it to the Grants WG with one comment, and writes nothing on redelivery", async () => {
    const issue = fake.addIssue({
      title: "Grant request: PyCon Example 2027",
      body: grantBody(),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(writes()).toEqual([
      {
        method: "POST",
        path: "/repos/psf/governance/issues/1/labels",
        body: { labels: ["status/grants-wg-review"] },
      },
      { method: "POST", path: "/repos/psf/governance/issues/1/comments", body: { body: expect.any(String) } },
    ]);
    const body = comment(1);
    expect(body).toMatch(
      /^<!-- wgbot:request-report -->\n### ✅ This grant request is ready for the Grants WG/,
    );
    expect(body).toContain("It goes to the **Grants Work Group** (@psf/grants-wg) for review.");
    expect(body).toContain("the Grants WG's decision is final");

    // The request budget the load benchmark holds wgbot to: at most 5 requests for a valid grant request, the
    // App's own login (learnt once per process) aside.
    const made = fake.requests
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => r !== "GET /app" && !r.endsWith("/access_tokens"))
      .sort();
    expect(made).toEqual([
      "GET /repos/psf/governance/contents/.github%2Fwgbot.yml",
      "GET /repos/psf/governance/issues/1",
      "GET /repos/psf/governance/issues/1/comments",
      "POST /repos/psf/governance/issues/1/comments",
      "POST /repos/psf/governance/issues/1/labels",
    ]);

    fake.reset();
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(writes()).toEqual([]);
  });

  it("lists every problem in one comment, flags policy labels, and updates the same comment when the author fixes it", async () => {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({
        amount: "12,000 USD",
        start_date: "2027-01-20",
        end_date: "2027-01-22",
        budget: "- Venue: 9,000 USD (essential)\n- T-shirts and stickers: 1,500 USD\n- Catering: 1,000 USD",
        coc_url: "",
        other_funding: "",
      }),
      labels: [{ name: "kind/grant" }, { name: "help wanted" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual([
      "grant/not-covered",
      "grant/over-threshold",
      "grant/short-notice",
      "help wanted",
      "kind/grant",
      "status/needs-info",
    ]);
    const first = comment(1);
    expect(first).toMatch(/### ⚠️ This grant request needs \d+ changes?/);
    expect(first).toContain("**Code of Conduct URL**");
    expect(first).toContain("swag");
    expect(writes().filter((w) => w.method === "POST" && w.path.endsWith("/comments"))).toHaveLength(1);

    // The author fixes the request: the same comment is edited, needs-info gives way to the Grants WG's review.
    fake.reset();
    issue.body = grantBody({
      amount: "12,000 USD",
      budget: "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD",
    });
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/psf/governance/issues/1/labels",
      "DELETE /repos/psf/governance/issues/1/labels/status%2Fneeds-info",
      "DELETE /repos/psf/governance/issues/1/labels/grant%2Fshort-notice",
      "DELETE /repos/psf/governance/issues/1/labels/grant%2Fnot-covered",
      `PATCH /repos/psf/governance/issues/comments/${fake.commentsOn(1)[0]?.id}`,
    ]);
    expect(fake.labelsOn(1)).toEqual([
      "grant/over-threshold",
      "help wanted",
      "kind/grant",
      "status/grants-wg-review",
    ]);
    expect(comment(1)).toContain("then the board decides");

    fake.reset();
    await deliver(probot, issuesEvent(fake, "edited", issue));
    expect(writes()).toEqual([]);
  });

  it("never lets a field ping a team or forge markup", async () => {
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({ event_name: "@psf/board <!-- wgbot:request-report --> **bold**", coc_url: "" }),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    const body = comment(1);
    expect(body).not.toMatch(/@psf\/board/);
    expect(body.match(/<!-- wgbot:request-report -->/g)).toHaveLength(1);
  });

  it("asks for the form when an issue labelled as a grant was not written with it", async () => {
    const issue = fake.addIssue({
      title: "Money please",
      body: "We need 5000 USD for our meetup.",
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/needs-info"]);
    expect(comment(1)).toContain("was not written with the Grant request form");
  });

  it("ignores issues that are neither proposals nor requests, and events sent by bots", async () => {
    const plain = fake.addIssue({ title: "Typo in README", body: "There is a typo." });
    await deliver(probot, issuesEvent(fake, "opened", plain));
    const grant = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    await deliver(probot, issuesEvent(fake, "edited", grant, "dependabot[bot]"));
    expect(writes()).toEqual([]);
    expect(fake.requests.filter((r) => r.method === "GET")).toHaveLength(1); // the config, read for the plain issue
  });
});

describe("charter proposals", () => {
  it("routes a complete proposal to board review and writes nothing the second time", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal: Documentation",
      body: charterBody(),
      labels: [{ name: "kind/charter" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["kind/charter", "status/board-review"]);
    expect(comment(1)).toContain(
      "It goes to **board review**: the next board meeting that can consider it is on **2027-01-13**",
    );
    fake.reset();
    await deliver(probot, issuesEvent(fake, "reopened", issue));
    expect(writes()).toEqual([]);
  });

  it("reports a chair who is not a member and too few members", async () => {
    const issue = fake.addIssue({
      title: "Work group proposal",
      body: charterBody({ chairs: "@grace", members: "@linus" }),
      labels: [{ name: "kind/charter" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(fake.labelsOn(1)).toEqual(["kind/charter", "status/needs-info"]);
    const body = comment(1);
    expect(body).toContain("`grace`");
    expect(body).toMatch(/at least 3 members/);
  });
});

describe("/recheck", () => {
  it("rechecks for the author; refuses a stranger with one reply, never twice", async () => {
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody({ coc_url: "" }),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    fake.reset();

    const own = fake.addComment(1, "/recheck", { login: "ada", type: "User" });
    await deliver(probot, commentEvent(fake, issue, { id: own.id, body: own.body, login: "ada" }));
    expect(writes()).toEqual([]); // nothing changed since the last check

    const stranger = fake.addComment(1, "/recheck", { login: "mallory", type: "User" });
    const event = commentEvent(fake, issue, { id: stranger.id, body: stranger.body, login: "mallory" });
    await deliver(probot, event);
    await deliver(probot, event);
    const replies = writes();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ method: "POST", path: "/repos/psf/governance/issues/1/comments" });
    expect(JSON.stringify(replies[0]?.body)).toContain("Only the author of this issue or a maintainer");
  });

  it("treats a quoted or mid-paragraph /recheck as text", async () => {
    const issue = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    for (const body of ["> /recheck", "please\n/recheck", "```\n/recheck\n```"]) {
      const c = fake.addComment(1, body, { login: "mallory", type: "User" });
      await deliver(probot, commentEvent(fake, issue, { id: c.id, body, login: "mallory" }));
    }
    expect(fake.requests).toEqual([]);
  });
});

describe("a repository's own comment template", () => {
  it("renders the comment with the repository's template, with user text as escaped data only", async () => {
    fake.files.set(
      ".github/wgbot.yml",
      "preset: psf\ntemplates:\n  request_report: .github/wgbot/request-report.hbs\n",
    );
    fake.files.set(
      ".github/wgbot/request-report.hbs",
      "{{#if ready}}Thanks! Your {{what}} is with us.{{else}}Please fix {{errors.length}}:{{#each errors}} {{message}}{{/each}}{{/if}}\n",
    );
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody({ event_name: "{{#each errors}}PWNED{{/each}} @psf/board" }),
      labels: [{ name: "kind/grant" }],
    });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(comment(1)).toBe("<!-- wgbot:request-report -->\nThanks! Your grant request is with us.\n");
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      "GET /repos/psf/governance/contents/.github%2Fwgbot%2Frequest-report.hbs",
    );
  });

  it("falls back to the built-in template when the repository's template is broken", async () => {
    fake.files.set(".github/wgbot.yml", "templates:\n  request_report: .github/wgbot/broken.hbs\n");
    fake.files.set(".github/wgbot/broken.hbs", "{{#if ready}}unclosed block");
    const issue = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    expect(comment(1)).toContain("### ✅ This grant request is ready for the Grants WG");
  });
});
