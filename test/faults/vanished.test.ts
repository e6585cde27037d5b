/**
 * Things that vanish under wgbot's feet (404), with the production settings: an issue deleted before or while
 * its event is handled, wgbot's own comment deleted between the read and the edit, an issue deleted between the
 * sweep's list and its read of that issue. None is retried (a 404 is an answer); none leaves a half-written item
 * or a duplicate; the next run is clean.
 */
import { describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { commentEvent, issuesEvent } from "../support/payloads.ts";
import { duplicatesIn, type Scenario, World } from "./harness.ts";
import { REQUEST, SWEEP } from "./scenarios.ts";

const botComments = (fake: FakeGitHub, issue: number) =>
  fake.commentsOn(issue).filter((c) => c.user.type === "Bot");

describe.concurrent("resources that vanish", () => {
  it("an issue deleted before its event is handled: nothing is written, and the event ends quietly", async () => {
    const world = await World.create(REQUEST);
    try {
      world.fake.issues.delete(1);
      expect(await world.deliver()).toBeUndefined();
      expect(world.fake.writes).toEqual([]);
      const reads = world.fake.requests.filter((r) => r.path === "/repos/psf/governance/issues/1");
      expect(reads).toHaveLength(1); // a 404 is an answer: not retried
    } finally {
      await world.stop();
    }
  });

  it("an issue deleted while its event is handled: the writes that fail end the event quietly", async () => {
    const world = await World.create(REQUEST);
    try {
      const stale = structuredClone(world.fake.issues.get(1));
      world.fake.issues.delete(1);
      // wgbot read the issue just before it was deleted.
      world.fake.faults = [
        { method: "GET", path: /\/issues\/1$/, status: 200, times: 1, body: stale },
        { method: "GET", path: /\/issues\/1\/comments$/, status: 200, times: 1, body: [] },
      ];
      expect(await world.deliver()).toBeUndefined();
      expect(world.fake.comments).toEqual([]);
      // The first write answered 404: the event ends there, without an error and without retrying.
      expect(world.fake.writes.map((r) => `${r.method} ${r.path}`)).toEqual([
        "POST /repos/psf/governance/issues/1/labels",
      ]);
    } finally {
      await world.stop();
    }
  });

  it("wgbot's comment deleted between its read and its edit: posted again, once", async () => {
    const scenario: Scenario = {
      name: "/recheck while someone deletes wgbot's comment",
      runtime: "probot",
      async setup(fake, { prepare }) {
        fake.files.set(".github/wgbot.yml", "preset: psf\n");
        const issue = fake.addIssue({
          title: "Grant request",
          body: grantBody(),
          labels: [{ name: "kind/grant" }],
        });
        await prepare(issuesEvent(fake, "opened", issue));
        issue.body = grantBody({ coc_url: "" });
        const comment = fake.addComment(issue.number, "/recheck", { login: "ada", type: "User" });
        return commentEvent(fake, issue, { id: comment.id, body: comment.body, login: "ada" });
      },
    };
    const world = await World.create(scenario);
    try {
      const fake = world.fake;
      const sticky = botComments(fake, 1)[0];
      expect(sticky?.body).toContain("<!-- wgbot:request-report -->");
      // wgbot lists the comments (and sees its own); then someone deletes it, before wgbot's edit arrives.
      fake.faults = [
        {
          method: "GET",
          path: /\/issues\/1\/comments$/,
          status: 200,
          times: 1,
          body: structuredClone(fake.commentsOn(1)),
        },
      ];
      fake.comments = fake.comments.filter((c) => c.id !== sticky?.id);
      expect(await world.deliver()).toBeUndefined();
      const now = botComments(fake, 1);
      expect(now).toHaveLength(1);
      expect(now[0]?.body).toContain("Code of Conduct");
      expect(fake.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`)).toContain(
        `PATCH /repos/psf/governance/issues/comments/${sticky?.id}`,
      );
      fake.reset();
      await world.deliver();
      expect(fake.writes).toEqual([]);
    } finally {
      await world.stop();
    }
  });

  it("an issue deleted between the sweep's list and its read of that issue: that sweep fails, the next is clean", async () => {
    const world = await World.create(SWEEP);
    try {
      const fake = world.fake;
      fake.faults = [{ method: "GET", path: /\/issues\/1\/timeline$/, status: 404, times: 1 }];
      const first = await world.deliver();
      expect(first).toBeDefined();
      expect(fake.writes).toEqual([]);
      fake.issues.delete(1);
      expect(await world.deliver()).toBeUndefined();
      expect(duplicatesIn(fake)).toEqual([]);
      const titles = [...fake.issues.values()].filter((i) => i.user.type === "Bot").map((i) => i.title);
      expect(titles).toEqual([
        "Report overdue: Packaging Work Group, October 2026",
        "Work group at risk: Packaging Work Group",
        "Board meeting 2027-01-13: agenda",
      ]);
      fake.reset();
      await world.deliver();
      expect(fake.writes).toEqual([]);
    } finally {
      await world.stop();
    }
  });
});
