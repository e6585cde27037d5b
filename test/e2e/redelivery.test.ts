/**
 * Redelivery: GitHub redelivers a webhook when a delivery failed or timed out, and people press "Redeliver". Every
 * flow that exists (the request flow, /recheck, /recommend, /board, the protected-label guard) is delivered THREE
 * times through the real Probot app: the state after the three is the state after the first, and the second and
 * third write nothing. An older delivery that arrives after a newer one does not roll an item back.
 */
import type { Probot } from "probot";
import { afterAll, describe, expect, it } from "vitest";
import {
  addGrant,
  botCommentsWith,
  expectSafeWrites,
  harnessEachTest,
  stateOf,
  trackUnhandledRejections,
} from "../hostile/harness.ts";
import { commandEvent, labeledEvent } from "../support/board-events.ts";
import { charterBody, grantBody } from "../support/bodies.ts";
import type { FakeGitHub, FakeIssue } from "../support/fake-github.ts";
import { commentEvent, issuesEvent } from "../support/payloads.ts";
import { deliver } from "../support/probot.ts";

const rejections = trackUnhandledRejections();
afterAll(() => expect(rejections).toEqual([]));

let fake: FakeGitHub;
let probot: Probot;
harnessEachTest((h) => ({ fake, probot } = h));

type Event = { name: string; payload: unknown };
const person = (login: string) => ({ login, type: "User" });

function grant(
  amount = "12,000 USD",
  budget = "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD",
): FakeIssue {
  return addGrant(fake, { amount, budget });
}
function charter(): FakeIssue {
  return fake.addIssue({
    title: "Work group proposal: Documentation",
    body: charterBody(),
    labels: [{ name: "kind/charter" }],
  });
}
async function opened(issue: FakeIssue): Promise<FakeIssue> {
  await deliver(probot, issuesEvent(fake, "opened", issue));
  return issue;
}
function command(issue: FakeIssue, login: string, body: string): Event {
  return commandEvent(fake, issue, fake.addComment(issue.number, body, person(login)));
}
function label(issue: FakeIssue, name: string, by: string): Event {
  fake.issues.get(issue.number)?.labels.push({ name });
  return labeledEvent(fake, issue, name, by);
}

/** [flow, setup returning the event to deliver, what the first delivery must have done] */
const SCENARIOS: [string, () => Promise<Event>, (f: FakeGitHub) => void][] = [
  [
    "a complete grant request opened",
    async () => issuesEvent(fake, "opened", grant("5,000 USD", "- Venue: 5,000 USD (essential)")),
    (f) => expect(f.labelsOn(1)).toContain("status/grants-wg-review"),
  ],
  [
    "an incomplete grant request opened",
    async () =>
      issuesEvent(
        fake,
        "opened",
        fake.addIssue({
          title: "Grant",
          body: grantBody({ coc_url: "", amount: "" }),
          labels: [{ name: "kind/grant" }],
        }),
      ),
    (f) => expect(f.labelsOn(1)).toContain("status/needs-info"),
  ],
  [
    "a grant request reopened",
    async () => issuesEvent(fake, "reopened", grant()),
    (f) => expect(botCommentsWith(f, 1, "request-report")).toHaveLength(1),
  ],
  [
    "a grant request fixed by an edit",
    async () => {
      const issue = fake.addIssue({
        title: "Grant",
        body: grantBody({ coc_url: "" }),
        labels: [{ name: "kind/grant" }],
      });
      await opened(issue);
      issue.body = grantBody();
      return issuesEvent(fake, "edited", issue);
    },
    (f) => expect(f.labelsOn(1)).toContain("status/grants-wg-review"),
  ],
  [
    "a charter proposal opened (milestone and agenda)",
    async () => issuesEvent(fake, "opened", charter()),
    (f) => expect(f.milestones).toHaveLength(1),
  ],
  [
    "/recheck by the author after an edit",
    async () => {
      const issue = await opened(
        fake.addIssue({ title: "Grant", body: grantBody({ coc_url: "" }), labels: [{ name: "kind/grant" }] }),
      );
      issue.body = grantBody();
      const c = fake.addComment(1, "/recheck", person("ada"));
      return commentEvent(fake, issue, { id: c.id, body: c.body, login: "ada" });
    },
    (f) => expect(f.labelsOn(1)).toContain("status/grants-wg-review"),
  ],
  [
    "/recheck by a stranger (refused)",
    async () => {
      const issue = await opened(grant());
      const c = fake.addComment(1, "/recheck", person("mallory"));
      return commentEvent(fake, issue, { id: c.id, body: c.body, login: "mallory" });
    },
    (f) => expect(f.commentsOn(1).filter((c) => c.user.type === "Bot")).toHaveLength(2),
  ],
  [
    "/recommend approve under the threshold (final, closed)",
    async () =>
      command(
        await opened(grant("5,000 USD", "- Venue: 5,000 USD (essential)")),
        "gwen",
        "/recommend approve",
      ),
    (f) => expect(f.issues.get(1)?.state).toBe("closed"),
  ],
  [
    "/recommend approve over the threshold (escalated)",
    async () => command(await opened(grant()), "gwen", "/recommend approve 9000"),
    (f) => expect(f.labelsOn(1)).toContain("status/board-review"),
  ],
  [
    "/recommend by a stranger (refused)",
    async () => command(await opened(grant()), "mallory", "/recommend approve 9000"),
    (f) => expect(f.labelsOn(1)).not.toContain("status/board-review"),
  ],
  [
    "/recommend malformed",
    async () => command(await opened(grant()), "gwen", "/recommend maybe"),
    (f) => expect(f.commentsOn(1).at(-1)?.body).toContain("Say what you decide"),
  ],
  [
    "/board approve on a grant",
    async () => {
      const issue = await opened(grant());
      await deliver(probot, command(issue, "gwen", "/recommend approve 9000"));
      return command(issue, "bea", "/board approve 9000");
    },
    (f) => expect(f.labelsOn(1)).toContain("status/approved"),
  ],
  [
    "/board decline on a grant",
    async () => {
      const issue = await opened(grant());
      await deliver(probot, command(issue, "gwen", "/recommend approve 9000"));
      return command(issue, "bo", "/board decline");
    },
    (f) => expect(f.issues.get(1)?.state_reason).toBe("not_planned"),
  ],
  [
    "/board defer (moves meeting, two agendas)",
    async () => {
      const issue = await opened(grant());
      await deliver(probot, command(issue, "gwen", "/recommend approve 9000"));
      return command(issue, "bo", "/board defer next time");
    },
    (f) => expect(f.milestones).toHaveLength(2),
  ],
  [
    "/board approve on a charter (pull request)",
    async () => command(await opened(charter()), "bea", "/board approve"),
    (f) => expect(f.pulls.size).toBe(1),
  ],
  [
    "/board by a Grants WG member (refused)",
    async () => {
      const issue = await opened(grant());
      await deliver(probot, command(issue, "gwen", "/recommend approve 9000"));
      return command(issue, "gwen", "/board approve");
    },
    (f) => expect(f.labelsOn(1)).not.toContain("status/approved"),
  ],
  [
    "a protected label added by a stranger",
    async () => label(await opened(grant()), "status/approved", "mallory"),
    (f) => expect(f.labelsOn(1)).not.toContain("status/approved"),
  ],
  [
    "status/board-review added by a board member (milestone and agenda)",
    async () =>
      label(
        fake.addIssue({ title: "Trademark question", body: "Can we use the logo?" }),
        "status/board-review",
        "bea",
      ),
    (f) => expect(f.issues.get(1)?.milestone).not.toBeNull(),
  ],
  [
    "a protected label added by a board member",
    async () => label(await opened(grant()), "status/deferred", "bea"),
    (f) => expect(f.labelsOn(1)).toContain("status/deferred"),
  ],
];

describe("every flow delivered three times", () => {
  for (const [name, setup, check] of SCENARIOS) {
    it(`${name}: the same state as one delivery, nothing written twice`, async () => {
      const event = await setup();
      fake.reset();
      await deliver(probot, event);
      check(fake);
      expectSafeWrites(fake);
      const once = stateOf(fake);
      fake.reset();
      await deliver(probot, event);
      await deliver(probot, event);
      expect(fake.writes).toEqual([]);
      expect(stateOf(fake)).toEqual(once);
    });
  }
});

describe("an older delivery after a newer one", () => {
  it("a redelivered `opened` of an old body does not bring back the problems the edit fixed", async () => {
    const issue = fake.addIssue({
      title: "Grant",
      body: grantBody({ coc_url: "" }),
      labels: [{ name: "kind/grant" }],
    });
    const first = issuesEvent(fake, "opened", issue);
    await deliver(probot, first);
    issue.body = grantBody();
    await deliver(probot, issuesEvent(fake, "edited", issue));
    const fixed = stateOf(fake);
    expect(fake.labelsOn(1)).toContain("status/grants-wg-review");
    fake.reset();
    await deliver(probot, first);
    expect(fake.writes).toEqual([]);
    expect(stateOf(fake)).toEqual(fixed);
  });

  it("an old `edited` arriving after the newest one leaves the newest one's result", async () => {
    const issue = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    await deliver(probot, issuesEvent(fake, "opened", issue));
    issue.body = grantBody({ coc_url: "" });
    const broken = issuesEvent(fake, "edited", issue);
    issue.body = grantBody({ amount: "6,000 USD", budget: "- Venue: 6,000 USD (essential)" });
    const latest = issuesEvent(fake, "edited", issue);
    await deliver(probot, latest);
    const expected = stateOf(fake);
    await deliver(probot, broken);
    expect(stateOf(fake)).toEqual(expected);
    expect(fake.labelsOn(1)).not.toContain("status/needs-info");
  });
});
