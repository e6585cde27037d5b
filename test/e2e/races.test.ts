/**
 * Races: two events for one item handled at the same time (GitHub delivers webhooks concurrently, and the Action
 * runs workflows in parallel). Each pair is delivered concurrently through the real Probot app — with the second
 * event started 0 to 20 ms after the first, and in both orders, so the two runs interleave differently — and must
 * end in the state that delivering them one after the other leaves: no duplicate comment, label, milestone, agenda
 * or pull request.
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  botCommentsWith,
  expectSafeWrites,
  type Harness,
  sleep,
  startHarness,
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

type Event = { name: string; payload: unknown };
const person = (login: string) => ({ login, type: "User" });

/** A pair: the same setup in every world, then two events. */
interface Pair {
  name: string;
  setup: (h: Harness) => Promise<[Event, Event]>;
  /** Whether the two orders may end differently (then the race must match one of them). */
  orderMatters?: boolean;
  check?: (fake: FakeGitHub) => void;
}

function grant(
  fake: FakeGitHub,
  body = grantBody({ amount: "12,000 USD", budget: "- Venue: 9,000 USD (essential)\n- Catering: 3,000 USD" }),
): FakeIssue {
  return fake.addIssue({
    title: "Grant request: PyCon Example 2027",
    body,
    labels: [{ name: "kind/grant" }],
  });
}
async function openedGrant(h: Harness): Promise<FakeIssue> {
  const issue = grant(h.fake);
  await deliver(h.probot, issuesEvent(h.fake, "opened", issue));
  return issue;
}
async function escalatedGrant(h: Harness): Promise<FakeIssue> {
  const issue = await openedGrant(h);
  const c = h.fake.addComment(issue.number, "/recommend approve 9000", person("gwen"));
  await deliver(h.probot, commandEvent(h.fake, issue, c));
  return issue;
}
const one = (fake: FakeGitHub, marker: string) => expect(botCommentsWith(fake, 1, marker)).toHaveLength(1);
const openAgendas = (fake: FakeGitHub) =>
  [...fake.issues.values()].filter((i) => /^<!-- wgbot:agenda \d/.test(i.body) && i.state === "open");

const PAIRS: Pair[] = [
  {
    name: "opened + edited on a new grant request",
    setup: async ({ fake }) => {
      const issue = grant(fake);
      return [issuesEvent(fake, "opened", issue), issuesEvent(fake, "edited", issue)];
    },
    check: (fake) => one(fake, "request-report"),
  },
  {
    name: "opened (old body) + edited (the fix) on a new grant request",
    setup: async ({ fake }) => {
      const issue = grant(fake, grantBody({ coc_url: "" }));
      const opened = issuesEvent(fake, "opened", issue);
      issue.body = grantBody();
      return [opened, issuesEvent(fake, "edited", issue)];
    },
    check: (fake) => {
      one(fake, "request-report");
      expect(fake.labelsOn(1)).toContain("status/grants-wg-review");
      expect(fake.labelsOn(1)).not.toContain("status/needs-info");
    },
  },
  {
    name: "edited + edited (two quick edits)",
    setup: async ({ fake, probot }) => {
      const issue = grant(fake, grantBody({ coc_url: "" }));
      await deliver(probot, issuesEvent(fake, "opened", issue));
      issue.body = grantBody({ amount: "7,000 USD", budget: "- Venue: 7,000 USD (essential)" });
      const first = issuesEvent(fake, "edited", issue);
      issue.body = grantBody({ amount: "6,000 USD", budget: "- Venue: 6,000 USD (essential)" });
      return [first, issuesEvent(fake, "edited", issue)];
    },
    check: (fake) => {
      one(fake, "request-report");
      expect(botCommentsWith(fake, 1, "request-report")[0]?.body).toContain("6,000 USD");
    },
  },
  {
    name: "opened twice (one delivery, redelivered while the first runs)",
    setup: async ({ fake }) => {
      const event = issuesEvent(fake, "opened", grant(fake));
      return [event, event];
    },
    check: (fake) => one(fake, "request-report"),
  },
  {
    name: "opened + /recheck by the author",
    setup: async ({ fake }) => {
      const issue = grant(fake);
      const c = fake.addComment(1, "/recheck", person("ada"));
      return [
        issuesEvent(fake, "opened", issue),
        commentEvent(fake, issue, { id: c.id, body: c.body, login: "ada" }),
      ];
    },
    check: (fake) => one(fake, "request-report"),
  },
  {
    name: "a charter proposal opened + edited (milestone, agenda, comment)",
    setup: async ({ fake }) => {
      const issue = fake.addIssue({
        title: "Work group proposal: Documentation",
        body: charterBody(),
        labels: [{ name: "kind/charter" }],
      });
      return [issuesEvent(fake, "opened", issue), issuesEvent(fake, "edited", issue)];
    },
    check: (fake) => {
      one(fake, "request-report");
      expect(fake.milestones).toHaveLength(1);
      expect(openAgendas(fake)).toHaveLength(1);
    },
  },
  {
    name: "/recheck by a stranger, delivered twice at once",
    setup: async (h) => {
      const issue = await openedGrant(h);
      const c = h.fake.addComment(1, "/recheck", person("mallory"));
      const event = commentEvent(h.fake, issue, { id: c.id, body: c.body, login: "mallory" });
      return [event, event];
    },
    check: (fake) =>
      expect(fake.commentsOn(1).filter((c) => c.body.startsWith("<!-- wgbot:reply:"))).toHaveLength(1),
  },
  {
    name: "/recommend delivered twice at once",
    setup: async (h) => {
      const issue = await openedGrant(h);
      const event = commandEvent(
        h.fake,
        issue,
        h.fake.addComment(1, "/recommend approve 9000", person("gwen")),
      );
      return [event, event];
    },
    check: (fake) => {
      expect(fake.milestones).toHaveLength(1);
      expect(openAgendas(fake)).toHaveLength(1);
    },
  },
  {
    name: "two different /recommend commands at once",
    setup: async (h) => {
      const issue = await openedGrant(h);
      const a = commandEvent(h.fake, issue, h.fake.addComment(1, "/recommend approve 9000", person("gwen")));
      const b = commandEvent(h.fake, issue, h.fake.addComment(1, "/recommend approve 8000", person("gwen")));
      return [a, b];
    },
    orderMatters: true,
    check: (fake) => {
      expect(fake.milestones).toHaveLength(1);
      expect(openAgendas(fake)).toHaveLength(1);
    },
  },
  {
    name: "a stranger's status/approved + the board's /board approve",
    setup: async (h) => {
      const issue = await escalatedGrant(h);
      const command = commandEvent(h.fake, issue, h.fake.addComment(1, "/board approve 9000", person("bea")));
      h.fake.issues.get(1)?.labels.push({ name: "status/approved" });
      return [labeledEvent(h.fake, issue, "status/approved", "mallory"), command];
    },
    orderMatters: true,
    check: (fake) => {
      // Never both: the stranger's label is never what closes the item, and a decision is never half applied.
      const approved = fake.labelsOn(1).includes("status/approved");
      expect(fake.issues.get(1)?.state).toBe(approved ? "closed" : "open");
    },
  },
  {
    name: "a stranger's protected label, delivered twice at once",
    setup: async (h) => {
      const issue = await openedGrant(h);
      h.fake.issues.get(1)?.labels.push({ name: "status/approved" });
      const event = labeledEvent(h.fake, issue, "status/approved", "mallory");
      return [event, event];
    },
    check: (fake) => {
      one(fake, "protected-label:status/approved:mallory");
      expect(fake.labelsOn(1)).not.toContain("status/approved");
    },
  },
  {
    name: "status/board-review by a board member + /recommend",
    setup: async (h) => {
      const issue = await openedGrant(h);
      const command = commandEvent(
        h.fake,
        issue,
        h.fake.addComment(1, "/recommend approve 9000", person("gwen")),
      );
      h.fake.issues.get(1)?.labels.push({ name: "status/board-review" });
      return [labeledEvent(h.fake, issue, "status/board-review", "bea"), command];
    },
    orderMatters: true,
    check: (fake) => {
      expect(fake.milestones).toHaveLength(1);
      expect(openAgendas(fake)).toHaveLength(1);
    },
  },
  {
    name: "a stranger's status/board-review + the Grants WG's /recommend that escalates",
    setup: async (h) => {
      const issue = await openedGrant(h);
      const command = commandEvent(
        h.fake,
        issue,
        h.fake.addComment(1, "/recommend approve 9000", person("gwen")),
      );
      h.fake.issues.get(1)?.labels.push({ name: "status/board-review" });
      return [labeledEvent(h.fake, issue, "status/board-review", "mallory"), command];
    },
    orderMatters: true,
    check: (fake) => {
      // The recorded recommendation escalates the request: it ends in board review whichever ran first.
      expect(fake.labelsOn(1)).toContain("status/board-review");
      expect(fake.labelsOn(1)).not.toContain("status/grants-wg-review");
    },
  },
  {
    name: "a stranger's status/declined + the board's /board decline",
    setup: async (h) => {
      const issue = await escalatedGrant(h);
      const command = commandEvent(h.fake, issue, h.fake.addComment(1, "/board decline", person("bea")));
      h.fake.issues.get(1)?.labels.push({ name: "status/deferred" });
      return [labeledEvent(h.fake, issue, "status/deferred", "mallory"), command];
    },
    orderMatters: true,
    check: (fake) => {
      expect(fake.labelsOn(1)).not.toContain("status/deferred");
    },
  },
  {
    name: "/board approve on a charter, delivered twice at once (one pull request)",
    setup: async (h) => {
      const issue = h.fake.addIssue({
        title: "Work group proposal: Documentation",
        body: charterBody(),
        labels: [{ name: "kind/charter" }],
      });
      await deliver(h.probot, issuesEvent(h.fake, "opened", issue));
      const event = commandEvent(h.fake, issue, h.fake.addComment(1, "/board approve", person("bea")));
      return [event, event];
    },
    check: (fake) => expect(fake.pulls.size).toBe(1),
  },
];

/** Runs the pair in a fresh world: one after the other, or at once with the second started `delay` ms later. */
async function run(pair: Pair, how: { order: "ab" | "ba"; delay?: number }) {
  const h = await startHarness();
  try {
    const [a, b] = await pair.setup(h);
    const [first, second] = how.order === "ab" ? [a, b] : [b, a];
    h.fake.reset();
    if (how.delay === undefined) {
      await deliver(h.probot, first);
      await deliver(h.probot, second);
    } else {
      const later = how.delay;
      await Promise.all([deliver(h.probot, first), sleep(later).then(() => deliver(h.probot, second))]);
    }
    expectSafeWrites(h.fake);
    pair.check?.(h.fake);
    const state = stateOf(h.fake);
    // Whatever raced, the next delivery of either event finds everything in place.
    h.fake.reset();
    await deliver(h.probot, a);
    await deliver(h.probot, b);
    const after = { writes: h.fake.writes.map((w) => `${w.method} ${w.path}`), state: stateOf(h.fake) };
    return { state, after };
  } finally {
    await h.fake.stop();
  }
}

const DELAYS = [0, 1, 3, 7, 15];

describe("two events for one item at once end as if delivered one after the other", () => {
  for (const pair of PAIRS) {
    it(pair.name, async () => {
      const ab = await run(pair, { order: "ab" });
      const ba = pair.orderMatters ? await run(pair, { order: "ba" }) : ab;
      if (!pair.orderMatters) expect(ab.state).toEqual((await run(pair, { order: "ba" })).state);
      const sequential = [ab.state, ba.state];
      for (const order of ["ab", "ba"] as const) {
        for (const delay of DELAYS) {
          const raced = await run(pair, { order, delay });
          expect(sequential, `${order} ${delay} ms apart`).toContainEqual(raced.state);
          expect(raced.after.writes, `${order} ${delay} ms apart: the next delivery`).toEqual([]);
        }
      }
    }, 60_000);
  }
});

describe("a sticky comment another run created after this run read the comments", () => {
  // The fake answers this run's first read of the comments with none, as if it came before the other run's
  // create: deterministic, where the races above depend on timing.
  const hideComments = (fake: FakeGitHub, times = 1) =>
    fake.faults.push({ method: "GET", path: /\/issues\/1\/comments$/, status: 200, body: [], times });

  it("the request comment: the later one is deleted, the first one kept", async () => {
    const h = await startHarness();
    try {
      const issue = grant(h.fake);
      await deliver(h.probot, issuesEvent(h.fake, "opened", issue));
      const [first] = botCommentsWith(h.fake, 1, "request-report");
      hideComments(h.fake);
      await deliver(h.probot, issuesEvent(h.fake, "edited", issue));
      expect(h.fake.writes.filter((w) => w.method === "DELETE").map((w) => w.path)).toHaveLength(1);
      expect(botCommentsWith(h.fake, 1, "request-report").map((c) => c.id)).toEqual([first?.id]);
      h.fake.reset();
      await deliver(h.probot, issuesEvent(h.fake, "edited", issue));
      expect(h.fake.writes).toEqual([]);
    } finally {
      await h.fake.stop();
    }
  });

  it("the reply to a refused /recheck", async () => {
    const h = await startHarness();
    try {
      const issue = await openedGrant(h);
      const c = h.fake.addComment(1, "/recheck", person("mallory"));
      const event = commentEvent(h.fake, issue, { id: c.id, body: c.body, login: "mallory" });
      await deliver(h.probot, event);
      hideComments(h.fake);
      await deliver(h.probot, event);
      expect(
        h.fake.writes.filter((w) => /\/issues\/comments\/\d+$/.test(w.path) && w.method === "DELETE"),
      ).toHaveLength(1);
      expect(botCommentsWith(h.fake, 1, `reply:${c.id}`)).toHaveLength(1);
    } finally {
      await h.fake.stop();
    }
  });

  it("the reply to a forged protected label", async () => {
    const h = await startHarness();
    try {
      const issue = await openedGrant(h);
      h.fake.issues.get(1)?.labels.push({ name: "status/approved" });
      const event = labeledEvent(h.fake, issue, "status/approved", "mallory");
      await deliver(h.probot, event);
      h.fake.issues.get(1)?.labels.push({ name: "status/approved" });
      // The guard reads the comments twice (the records, then again after removing the label).
      hideComments(h.fake, 2);
      await deliver(h.probot, event);
      expect(
        h.fake.writes.filter((w) => /\/issues\/comments\/\d+$/.test(w.path) && w.method === "DELETE"),
      ).toHaveLength(1);
      expect(botCommentsWith(h.fake, 1, "protected-label:status/approved:mallory")).toHaveLength(1);
      expect(h.fake.labelsOn(1)).not.toContain("status/approved");
    } finally {
      await h.fake.stop();
    }
  });
});
