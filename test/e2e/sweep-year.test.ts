/**
 * The sweep end to end over a simulated year: the sweep runs every hour from 1 January to 31 December 2026 through
 * handleEvent (a `schedule` event, as the Action delivers it) against the fake GitHub, while reports land on time,
 * late or never, charters change, a chair closes a reminder by hand and grant requests go quiet. The test asserts
 * the exact log of what wgbot opened, closed and commented, day by day, and that hourly runs never duplicate.
 *
 * The board's calendar here has no meeting to come, so the board's part of the sweep (carrying escalated items to the
 * next meeting's agenda, tested in sweep-board.test.ts and board.test.ts) costs nothing and stays out of the log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackingKeyOf } from "../../src/decide/sweep-tracking.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { WgbotOctokit } from "../../src/github/client.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { addMonths } from "../../src/util/dates.ts";
import { BOT, FakeGitHub, type FakeIssue } from "../support/fake-github.ts";
import { type CharterOptions, CONFIG, charterYaml, reportYaml } from "../support/governance-files.ts";

const HOUR = 3_600_000;
const START = Date.parse("2026-01-01T00:00:00Z");
const END = Date.parse("2026-12-31T23:00:00Z");

const CHARTERS: Record<string, CharterOptions> = {
  docs: {
    slug: "docs",
    start: "2024-07-01",
    review: "2026-06-30",
    chairs: ["dana"],
    members: ["dana", "eli"],
  },
  education: { slug: "education", start: "2025-01-01", review: "2026-12-31", cadence: "quarterly" },
  legacy: {
    slug: "legacy",
    status: "inactive",
    start: "2024-01-01",
    review: "2025-12-31",
    end: "2025-06-30",
  },
  packaging: { slug: "packaging", start: "2025-06-01", review: "2027-05-31", chairs: ["alice", "bob"] },
  small: { slug: "small", start: "2025-06-01", review: "2027-05-31", chairs: ["zed"], members: ["zed"] },
};

interface Event {
  at: number;
  what: (fake: FakeGitHub) => void;
}

function land(slug: string, month: string, at: string): Event {
  return {
    at: Date.parse(at),
    what: (fake) =>
      fake.files.set(
        `workgroups/${slug}/reports/${month}.yml`,
        reportYaml({ workgroup: slug, period: month }),
      ),
  };
}

function charter(options: CharterOptions, at: string): Event {
  return {
    at: Date.parse(at),
    what: (fake) => fake.files.set(`workgroups/${options.slug}/charter.yml`, charterYaml(options)),
  };
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

function scenario(): Event[] {
  const events: Event[] = [];
  // small and docs report on the 5th of the following month, every month — except docs' March 2026.
  for (const month of monthsBetween("2026-01", "2026-11")) {
    events.push(land("small", month, `${addMonths(month, 1)}-05T09:00:00Z`));
    if (month !== "2026-03") events.push(land("docs", month, `${addMonths(month, 1)}-05T09:00:00Z`));
  }
  events.push(
    // packaging: on time, once late, on the due day itself, then silent for two months, then back.
    land("packaging", "2026-01", "2026-02-10T09:00:00Z"),
    land("packaging", "2026-02", "2026-03-20T09:00:00Z"),
    land("packaging", "2026-03", "2026-04-14T09:00:00Z"),
    land("packaging", "2026-04", "2026-05-15T23:00:00Z"),
    land("packaging", "2026-05", "2026-06-02T09:00:00Z"),
    land("packaging", "2026-06", "2026-09-05T12:00:00Z"),
    land("packaging", "2026-07", "2026-09-05T12:00:00Z"),
    land("packaging", "2026-08", "2026-09-10T09:00:00Z"),
    land("packaging", "2026-09", "2026-10-10T09:00:00Z"),
    land("packaging", "2026-10", "2026-11-10T09:00:00Z"),
    land("packaging", "2026-11", "2026-12-10T09:00:00Z"),
    // education reports quarterly: Q1 on time, Q2 and Q3 late (Q2 filed under its May).
    land("education", "2026-03", "2026-04-01T09:00:00Z"),
    land("education", "2026-05", "2026-11-01T09:00:00Z"),
    land("education", "2026-09", "2026-11-20T09:00:00Z"),
    // small gains a member; docs' charter is renewed by the board.
    charter({ ...CHARTERS.small, slug: "small", members: ["zed", "yan"] }, "2026-05-10T14:00:00Z"),
    charter(
      { ...CHARTERS.docs, slug: "docs", start: "2026-07-01", review: "2027-06-30" },
      "2026-09-15T16:00:00Z",
    ),
    // A chair closes the reminder for docs' March report by hand: it must stay closed.
    {
      at: Date.parse("2026-04-20T10:00:00Z"),
      what: (fake) => {
        const reminder = [...fake.issues.values()].find((i) =>
          i.body.includes("wgbot:reminder docs 2026-03"),
        );
        if (!reminder) throw new Error("no reminder for docs 2026-03");
        reminder.state = "closed";
        reminder.state_reason = "completed";
        reminder.updated_at = "2026-04-20T10:00:00Z";
      },
    },
    // The author of grant request 1 answers once, then goes quiet.
    {
      at: Date.parse("2026-02-20T10:00:00Z"),
      what: (fake) => void fake.addComment(grants.quiet, "Working on it!"),
    },
  );
  return events.sort((a, b) => a.at - b.at);
}

const grants = { quiet: 0, waiting: 0 };
let fake: FakeGitHub;
const log: string[] = [];
let sweeps = 0;
let maxReads = 0;

function keyOf(issue: FakeIssue | undefined): string {
  if (!issue) return "?";
  const tracked = trackingKeyOf({ body: issue.body, author: issue.user }, BOT);
  return tracked ? tracked.key : `grant #${issue.number}`;
}

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  fake.setTime("2025-12-31T12:00:00Z");
  // psf allows monthly reports only: this repository also allows education's quarterly ones.
  const config = CONFIG.replace(
    "missed_for_at_risk: 2 }",
    "missed_for_at_risk: 2, cadences: [monthly, quarterly] }",
  );
  fake.files.set(".github/wgbot.yml", `${config}board: { meeting_dates: ["2025-12-10"] }\n`);
  for (const options of Object.values(CHARTERS))
    fake.files.set(`workgroups/${options.slug}/charter.yml`, charterYaml(options));
  const history: Record<string, string[]> = {
    docs: monthsBetween("2024-07", "2025-12"),
    education: ["2025-03", "2025-06", "2025-09", "2025-12"],
    packaging: monthsBetween("2025-06", "2025-12"),
    small: monthsBetween("2025-06", "2025-12"),
  };
  for (const [slug, months] of Object.entries(history))
    for (const month of months)
      fake.files.set(
        `workgroups/${slug}/reports/${month}.yml`,
        reportYaml({ workgroup: slug, period: month }),
      );
  // Two grant requests: one in needs-info since February, one with the Grants WG since June.
  fake.setTime("2026-02-01T10:00:00Z");
  grants.quiet = fake.addIssue({
    title: "Grant request: PyCon Somewhere",
    body: "(form answers)",
    labels: [{ name: "kind/grant" }, { name: "status/needs-info" }],
  }).number;
  fake.addComment(grants.quiet, "<!-- wgbot:request-report -->\nPlease add a budget.", BOT);
  fake.setTime("2026-05-20T08:00:00Z");
  grants.waiting = fake.addIssue({
    title: "Grant request: Django Girls Elsewhere",
    body: "(form answers)",
    labels: [{ name: "kind/grant" }, { name: "status/grants-wg-review" }],
  }).number;
  fake.labelEvents.push({
    issue: grants.waiting,
    label: "status/grants-wg-review",
    actor: BOT,
    created_at: "2026-06-01T08:00:00Z",
  });

  const github = new WgbotOctokit({
    auth: "ghs_test",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
    // The fake's answers without its loopback socket (every request still recorded): 8,760 sweeps of ~5 requests
    // each spent more than half their time in HTTP, which every other end-to-end test covers.
    request: { fetch: fake.fetch },
  });
  const events = scenario();
  for (let t = START; t <= END; t += HOUR) {
    while (events.length > 0 && (events[0] as Event).at <= t) {
      const event = events.shift() as Event;
      fake.setTime(new Date(event.at));
      event.what(fake);
    }
    fake.setTime(new Date(t));
    fake.reset();
    await handleEvent(
      { name: "schedule", payload: { schedule: "0 * * * *" } },
      {
        github,
        repo: { owner: "psf", repo: "governance" },
        now: new Date(t),
        dryRun: false,
        log: { info() {}, warn() {} },
        // Each run is a new Action job: it asks who it is again.
        self: tokenIdentity(github),
      },
    );
    sweeps++;
    maxReads = Math.max(maxReads, fake.requests.length - fake.writes.length);
    const day = new Date(t).toISOString().slice(0, 10);
    for (const w of fake.writes) {
      const n = Number(/\/issues\/(\d+)/.exec(w.path)?.[1]);
      const body = w.body as { body?: string; state?: string; title?: string };
      if (w.method === "POST" && w.path.endsWith("/issues"))
        log.push(`${day} open ${keyOf({ ...(body as FakeIssue), user: BOT })}`);
      else if (w.method === "PATCH" && body.state === "closed")
        log.push(`${day} close ${keyOf(fake.issues.get(n))}`);
      else if (w.method === "PATCH") log.push(`${day} edit ${keyOf(fake.issues.get(n))}`);
      else if (w.method === "POST" && w.path.endsWith("/comments")) {
        const key = keyOf(fake.issues.get(n));
        if (key.startsWith("grant")) log.push(`${day} comment ${key}`);
      } else log.push(`${day} ${w.method} ${w.path}`);
    }
  }
}, 300_000);

afterAll(async () => {
  await fake.stop();
});

describe("the sweep over a year, every hour", () => {
  it("opens and closes the right issues on the right days, and never twice", () => {
    expect(sweeps).toBe(365 * 24);
    expect(log).toEqual([
      "2026-01-01 open at-risk small",
      "2026-03-16 open reminder packaging 2026-02",
      "2026-03-20 close reminder packaging 2026-02",
      `2026-04-03 comment grant #${grants.quiet}`,
      `2026-04-03 close grant #${grants.quiet}`,
      "2026-04-16 open reminder docs 2026-03",
      "2026-05-10 close at-risk small",
      "2026-07-01 open renewal docs 2026-06-30",
      `2026-07-02 comment grant #${grants.waiting}`,
      "2026-07-16 open reminder education 2026-06",
      "2026-07-16 open reminder packaging 2026-06",
      "2026-08-16 open reminder packaging 2026-07",
      "2026-08-16 open at-risk packaging",
      "2026-09-05 close reminder packaging 2026-06",
      "2026-09-05 close reminder packaging 2026-07",
      "2026-09-05 close at-risk packaging",
      "2026-09-15 close renewal docs 2026-06-30",
      "2026-10-16 open reminder education 2026-09",
      "2026-10-16 open at-risk education",
      "2026-11-01 close reminder education 2026-06",
      "2026-11-01 close at-risk education",
      "2026-11-20 close reminder education 2026-09",
    ]);
  });

  it("opens a reminder at the first run after the due day, not before", () => {
    const reminder = [...fake.issues.values()].find((i) =>
      i.body.includes("wgbot:reminder packaging 2026-02"),
    );
    expect(reminder?.created_at.slice(0, 13)).toBe("2026-03-16T00");
  });

  it("assigns reminders to the chairs and mentions them, labelled for the work group", () => {
    const reminder = [...fake.issues.values()].find((i) =>
      i.body.includes("wgbot:reminder packaging 2026-07"),
    );
    expect(reminder?.title).toBe("Report overdue: Packaging Work Group, July 2026");
    expect(reminder?.assignees).toEqual([{ login: "alice" }, { login: "bob" }]);
    expect(reminder?.labels.map((l) => l.name)).toEqual(["kind/report", "wg/packaging"]);
    expect(reminder?.body).toContain(
      "Hello @alice, @bob: the report for **July 2026** of the **Packaging Work Group** was due on **2026-08-15**",
    );
    expect(reminder?.state).toBe("closed");
    const comments = fake.commentsOn(reminder?.number ?? 0);
    expect(comments.map((c) => c.body)).toEqual([
      "The report for July 2026 has landed (`workgroups/packaging/reports/2026-07.yml`). Thank you!",
    ]);
  });

  it("keeps one issue per key: nothing duplicated by 8,760 runs", () => {
    const keys = [...fake.issues.values()].flatMap((i) => {
      const tracked = trackingKeyOf({ body: i.body, author: i.user }, BOT);
      return tracked ? [tracked.key] : [];
    });
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys).toHaveLength(10); // every "open" line of the log above
  });

  it("leaves a reminder a chair closed by hand closed, and the still-open issues open", () => {
    const open = [...fake.issues.values()].filter((i) => i.state === "open").map((i) => keyOf(i));
    expect(open).toEqual([`grant #${grants.waiting}`]);
    const docs = [...fake.issues.values()].find((i) => i.body.includes("wgbot:reminder docs 2026-03"));
    expect(docs?.state).toBe("closed");
    expect(fake.commentsOn(docs?.number ?? 0)).toEqual([]);
  });

  it("closes a quiet grant request as not planned with one friendly comment, and flags a slow one once", () => {
    const quiet = fake.issues.get(grants.quiet);
    expect(quiet?.state).toBe("closed");
    expect(quiet?.state_reason).toBe("not_planned");
    const closing = fake
      .commentsOn(grants.quiet)
      .filter((c) => c.user.type === "Bot" && c.body.includes("needs-info-closed"));
    expect(closing).toHaveLength(1);
    expect(closing[0]?.body).toContain(
      "Hello @ada: this grant request has been waiting for more information since 2026-02-20",
    );
    // Filed on 2026-05-20, its decision target (6 weeks) passed on 2026-07-01, hours before its 30 days of review
    // did: the one reminder it gets asks the Grants WG for its recommendation, and the review reminder has nothing to add.
    const flags = fake.commentsOn(grants.waiting).filter((c) => c.user.type === "Bot");
    expect(flags.map((c) => c.body.split("\n")[0])).toEqual([
      "<!-- wgbot:decision-target-passed grants-wg 2026-07-01 -->",
    ]);
    expect(flags[0]?.body).toContain("@psf/grants-wg: please record a recommendation");
  });

  it("reads at most a handful of times per run", () => {
    // GraphQL, open issues, recently closed issues, and the timelines of the (at most two) candidate grants.
    expect(maxReads).toBeLessThanOrEqual(5);
  });
});
