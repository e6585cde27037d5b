/** The sweep's pure rules: report periods and due dates, the decision over a repository's state, and its diff. */
import { describe, expect, it } from "vitest";
import { sweepWrites } from "../../src/apply/sweep.ts";
import { PRESETS } from "../../src/config/presets.ts";
import type { Config } from "../../src/config/types.ts";
import { duePeriods, firstReportMonth, latestDuePeriod, periodOf } from "../../src/decide/report-periods.ts";
import { decideSweep, recentSince } from "../../src/decide/sweep.ts";
import { grantCandidates } from "../../src/decide/sweep-grants.ts";
import type { SweepInput, SweepIssue, TimelineEvent } from "../../src/decide/sweep-model.ts";
import { trackingKeyOf } from "../../src/decide/sweep-tracking.ts";
import type { Charter } from "../../src/generated/charter.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { type CharterOptions, charterYaml, reportYaml } from "../support/governance-files.ts";
import { grantIssue } from "./fixtures.ts";

const config: Config = PRESETS.psf;
const BOT = { login: "wgbot[bot]", type: "Bot" };

function stateOf(
  charters: CharterOptions[],
  reports: Record<string, string[]> = {},
  now = "2026-11-21",
  config?: string,
) {
  const files = new Map<string, string>(config ? [[".github/wgbot.yml", config]] : []);
  for (const c of charters) files.set(`workgroups/${c.slug}/charter.yml`, charterYaml(c));
  for (const [slug, months] of Object.entries(reports))
    for (const m of months)
      files.set(`workgroups/${slug}/reports/${m}.yml`, reportYaml({ workgroup: slug, period: m }));
  return validateRepository({ files }, { now: new Date(`${now}T12:00:00Z`) });
}

function input(
  state: ReturnType<typeof stateOf>,
  now: string,
  issues: SweepIssue[] = [],
  timelines = new Map<number, TimelineEvent[]>(),
): SweepInput {
  return { state, issues, timelines, config: state.config, now: new Date(now), owner: "psf", self: BOT };
}

let issueNumber = 100;
function tracking(key: string, extra: Partial<SweepIssue> = {}): SweepIssue {
  return {
    number: issueNumber++,
    title: key,
    body: `<!-- wgbot:${key} -->\nbody`,
    state: "open",
    labels: [],
    author: BOT,
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    ...extra,
  };
}

const MONTHS_2026 = [
  "2026-01",
  "2026-02",
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
];
const packaging: CharterOptions = { slug: "packaging", start: "2026-01-01", review: "2027-12-31" };

describe("report periods", () => {
  it("starts with the first full month", () => {
    expect(firstReportMonth("2026-01-01")).toBe("2026-01");
    expect(firstReportMonth("2026-01-20")).toBe("2026-02");
  });

  it("names a quarter after its last month, due on the due day of the month after", () => {
    expect(periodOf("2026-05", "quarterly", 15)).toEqual({
      label: "2026-06",
      months: ["2026-04", "2026-05", "2026-06"],
      due: "2026-07-15",
    });
    expect(periodOf("2026-12", "monthly", 7)).toEqual({
      label: "2026-12",
      months: ["2026-12"],
      due: "2027-01-07",
    });
  });

  it("counts a period as due from the day after its due day", () => {
    const charter = { active_time: { start: "2026-01-01" }, reporting: { cadence: "monthly" } } as Charter;
    expect(duePeriods(charter, config, "2026-02-15").map((p) => p.label)).toEqual([]);
    expect(duePeriods(charter, config, "2026-02-16").map((p) => p.label)).toEqual(["2026-01"]);
    expect(latestDuePeriod("monthly", 15, "2026-02-15").label).toBe("2025-12");
    expect(latestDuePeriod("quarterly", 15, "2026-11-21").label).toBe("2026-09");
  });
});

describe("decideSweep: reminders", () => {
  it("opens one reminder, for the period that fell due last, assigned to the chairs", () => {
    const state = stateOf([packaging], { packaging: MONTHS_2026.slice(0, 8) });
    expect(decideSweep(input(state, "2026-10-15T23:00:00Z")).tracking).toEqual([]);
    const plan = decideSweep(input(state, "2026-10-16T00:00:00Z"));
    expect(plan.tracking).toEqual([
      {
        key: "reminder packaging 2026-09",
        title: "Report overdue: Packaging Work Group, September 2026",
        body: expect.stringContaining(
          "Hello @alice: the report for **September 2026** of the **Packaging Work Group** was due on **2026-10-15**",
        ),
        labels: ["kind/report", "wg/packaging"],
        assignees: ["alice"],
      },
    ]);
    expect(plan.findings.overdue).toEqual([{ slug: "packaging", periods: ["2026-09"] }]);
  });

  it("keeps an older open reminder while its report is missing, and closes it with thanks when it lands", () => {
    const open = tracking("reminder packaging 2026-08");
    const missing = stateOf([packaging], { packaging: MONTHS_2026.slice(0, 7) });
    const kept = decideSweep(input(missing, "2026-10-20T00:00:00Z", [open]));
    expect(kept.tracking.map((t) => t.key)).toEqual([
      "reminder packaging 2026-08",
      "reminder packaging 2026-09",
      "at-risk packaging",
    ]);
    expect(kept.close).toEqual([]);

    const landed = stateOf([packaging], { packaging: MONTHS_2026 });
    const plan = decideSweep(input(landed, "2026-10-20T00:00:00Z", [open]));
    expect(plan.tracking).toEqual([]);
    expect(plan.close).toEqual([
      {
        issue: open.number,
        reason: "completed",
        comment:
          "The report for August 2026 has landed (`workgroups/packaging/reports/2026-08.yml`). Thank you!",
      },
    ]);
  });

  it("opens no new reminder when reminders are turned off, but still closes them", () => {
    const state = stateOf([packaging], { packaging: MONTHS_2026.slice(0, 8) });
    const off = {
      ...state,
      config: { ...state.config, reports: { ...state.config.reports, reminders: false } },
    };
    expect(decideSweep({ ...input(off, "2026-10-16T00:00:00Z"), config: off.config }).tracking).toEqual([]);
  });

  it("ignores a person's issue that quotes the marker, and closes a duplicate of the bot's own", () => {
    const state = stateOf([packaging], { packaging: MONTHS_2026.slice(0, 8) });
    const forged = tracking("reminder packaging 2026-09", { author: { login: "mallory", type: "User" } });
    expect(trackingKeyOf(forged, BOT)).toBeUndefined();
    const first = tracking("reminder packaging 2026-09");
    const second = tracking("reminder packaging 2026-09");
    const plan = decideSweep(input(state, "2026-10-16T00:00:00Z", [forged, second, first]));
    expect(plan.close).toEqual([
      {
        issue: second.number,
        reason: "not_planned",
        comment: `Closing: #${first.number} tracks the same thing.`,
      },
    ]);
  });

  it("closes what it tracks for a work group that became inactive or whose folder is gone, and lists it as revivable", () => {
    const state = stateOf([{ ...packaging, status: "inactive", end: "2026-09-30" }]);
    const reminder = tracking("reminder packaging 2026-09");
    const gone = tracking("at-risk removed-wg");
    const plan = decideSweep(input(state, "2026-10-20T00:00:00Z", [reminder, gone]));
    expect(plan.findings.revivable).toEqual(["packaging"]);
    expect(plan.close.map((c) => [c.issue, c.comment])).toEqual([
      [
        gone.number,
        "The work group's folder `workgroups/removed-wg/` no longer exists, so there is nothing left to track here. Closing.",
      ],
      [
        reminder.number,
        "The **Packaging Work Group** is now inactive, so no report is due and nothing needs tracking. Closing.",
      ],
    ]);
    expect(plan.text).toContain("**Inactive work groups that can be revived**\n- packaging:");
  });

  it("decides nothing for a work group whose charter has problems, and leaves its issues alone", () => {
    const state = stateOf([{ ...packaging, chairs: ["dora"], members: ["alice"] }]);
    const reminder = tracking("reminder packaging 2026-09");
    const plan = decideSweep(input(state, "2026-10-20T00:00:00Z", [reminder]));
    expect(plan).toMatchObject({ tracking: [], close: [] });
    expect(plan.findings.unreadable).toEqual([{ slug: "packaging", why: "its charter has problems" }]);
  });
});

describe("decideSweep: at risk and renewal", () => {
  it("puts a work group at risk after the configured number of missed reports, or with too few members", () => {
    const state = stateOf(
      [
        packaging,
        { slug: "small", start: "2026-01-01", review: "2027-12-31", chairs: ["zed"], members: ["zed"] },
      ],
      { packaging: MONTHS_2026.slice(0, 7), small: MONTHS_2026 },
    );
    const plan = decideSweep(input(state, "2026-10-16T00:00:00Z"));
    expect(plan.findings.atRisk).toEqual([
      { slug: "packaging", reasons: ["it has missed 2 reports in a row (August 2026 and September 2026)"] },
      { slug: "small", reasons: ["it has 1 member, chairs included; a work group needs at least 2"] },
    ]);
    const atRisk = plan.tracking.filter((t) => t.key.startsWith("at-risk"));
    expect(atRisk.map((t) => [t.key, t.title, t.labels])).toEqual([
      ["at-risk packaging", "Work group at risk: Packaging Work Group", ["status/at-risk", "wg/packaging"]],
      ["at-risk small", "Work group at risk: Small Work Group", ["status/at-risk", "wg/small"]],
    ]);
  });

  it("closes the at-risk issue when the group recovers", () => {
    const open = tracking("at-risk packaging");
    const plan = decideSweep(
      input(stateOf([packaging], { packaging: MONTHS_2026 }), "2026-10-16T00:00:00Z", [open]),
    );
    expect(plan.close).toEqual([
      {
        issue: open.number,
        reason: "completed",
        comment:
          "The **Packaging Work Group** is no longer at risk: its reports are up to date and it has 3 members. Closing.",
      },
    ]);
  });

  it("opens a renewal issue the day after the review date, and closes it once the charter is renewed", () => {
    const due = { ...packaging, review: "2026-10-15" };
    const state = stateOf([due], { packaging: MONTHS_2026 });
    expect(decideSweep(input(state, "2026-10-15T12:00:00Z")).tracking).toEqual([]);
    const plan = decideSweep(input(state, "2026-10-16T00:00:00Z"));
    expect(plan.tracking.map((t) => [t.key, t.labels])).toEqual([
      ["renewal packaging 2026-10-15", ["status/board-review", "wg/packaging"]],
    ]);
    const open = tracking("renewal packaging 2026-10-15");
    const renewed = stateOf([{ ...packaging, review: "2027-10-15" }], { packaging: MONTHS_2026 });
    expect(decideSweep(input(renewed, "2026-10-20T00:00:00Z", [open])).close).toEqual([
      {
        issue: open.number,
        reason: "completed",
        comment: "The charter's review date is now 2027-10-15. Closing.",
      },
    ]);
  });

  it("reads recently closed issues back to the most recent due date of any cadence in use", () => {
    const monthly = stateOf([packaging]);
    expect(recentSince(monthly, new Date("2026-11-21T00:00:00Z"))).toBe("2026-11-15");
    expect(recentSince(monthly, new Date("2026-11-15T23:00:00Z"))).toBe("2026-10-15");
    const withEdu = stateOf([
      packaging,
      { slug: "edu", start: "2026-01-01", review: "2027-12-31", cadence: "quarterly" },
    ]);
    // psf allows monthly reports only: the active quarterly charter is warned and counted monthly, so nothing reaches
    // further back.
    expect(withEdu.workgroups.get("edu")?.charter).toBeDefined();
    expect(recentSince(withEdu, new Date("2026-11-21T00:00:00Z"))).toBe("2026-11-15");
    const quarterly = stateOf(
      [packaging, { slug: "edu", start: "2026-01-01", review: "2027-12-31", cadence: "quarterly" }],
      {},
      "2026-11-21",
      "reports: { cadences: [monthly, quarterly] }\n",
    );
    expect(recentSince(quarterly, new Date("2026-11-21T00:00:00Z"))).toBe("2026-10-15");
  });
});

describe("decideSweep: grant requests", () => {
  const grant = (labels: string[], created: string) => grantIssue(labels, created, issueNumber++);
  const state = stateOf([]);

  it("only reads the timelines of requests old enough for a rule to apply", () => {
    const young = grant(["status/needs-info"], "2026-10-20T00:00:00Z");
    const old = grant(["status/needs-info"], "2026-09-01T00:00:00Z");
    const decided = grant(["status/needs-info", "status/declined"], "2026-01-01T00:00:00Z");
    const review = grant(["status/grants-wg-review"], "2026-09-01T00:00:00Z");
    const atBoard = grant(["status/grants-wg-review", "status/board-review"], "2026-10-20T00:00:00Z");
    // In board review past its decision target (6 weeks after filing): read for that reminder.
    const pastTarget = grant(["status/board-review"], "2026-09-01T00:00:00Z");
    expect(
      grantCandidates(
        [young, old, decided, review, atBoard, pastTarget],
        config,
        new Date("2026-11-21T00:00:00Z"),
      ),
    ).toEqual([old.number, review.number, pastTarget.number]);
  });

  it("closes a request 42 days after the author's last word or the last needs-info label, not before", () => {
    const g = grant(["status/needs-info"], "2026-08-01T00:00:00Z");
    const timeline: TimelineEvent[] = [
      {
        event: "commented",
        created_at: "2026-08-02T00:00:00Z",
        actor: BOT,
        body: "<!-- wgbot:request-report -->",
      },
      {
        event: "commented",
        created_at: "2026-09-10T08:00:00Z",
        actor: { login: "Ada" },
        body: "Here you go",
      },
      { event: "labeled", created_at: "2026-09-11T00:00:00Z", label: { name: "status/needs-info" } },
    ];
    const run = (now: string) => decideSweep(input(state, now, [g], new Map([[g.number, timeline]])));
    expect(run("2026-10-22T23:00:00Z").close).toEqual([]);
    const plan = run("2026-10-23T00:00:00Z");
    expect(plan.close).toEqual([{ issue: g.number, comment: "", reason: "not_planned" }]);
    expect(plan.comments).toEqual([
      {
        issue: g.number,
        marker: "needs-info-closed",
        body: expect.stringContaining(
          "Hello @ada: this grant request has been waiting for more information since 2026-09-11",
        ),
      },
    ]);
  });

  it("flags a request waiting for the Grants WG once, and never again", () => {
    const g = grant(["status/grants-wg-review"], "2026-08-01T00:00:00Z");
    const labelled: TimelineEvent = {
      event: "labeled",
      created_at: "2026-09-01T00:00:00Z",
      label: { name: "status/grants-wg-review" },
    };
    const first = decideSweep(input(state, "2026-10-02T00:00:00Z", [g], new Map([[g.number, [labelled]]])));
    expect(first.comments.map((c) => c.marker)).toEqual(["grants-wg-review-overdue"]);
    expect(first.comments[0]?.body).toContain("since 2026-09-01, more than 30 days. @psf/grants-wg: please");
    const flagged: TimelineEvent = {
      event: "commented",
      created_at: "2026-10-02T00:00:00Z",
      actor: BOT,
      body: "<!-- wgbot:grants-wg-review-overdue -->\n…",
    };
    const again = decideSweep(
      input(state, "2026-12-02T00:00:00Z", [g], new Map([[g.number, [labelled, flagged]]])),
    );
    // Never again; by now the request is past its decision target, which is a reminder of its own.
    expect(again.comments.map((c) => c.marker)).toEqual(["decision-target-passed grants-wg 2026-09-12"]);
  });
});

describe("sweepWrites", () => {
  const state = stateOf([packaging], { packaging: MONTHS_2026.slice(0, 8) });
  const plan = decideSweep(input(state, "2026-10-16T00:00:00Z"));

  it("opens what is missing", () => {
    expect(sweepWrites(plan, [], BOT).map((w) => w.kind)).toEqual(["create-issue"]);
  });

  it("writes nothing for an issue already open as wanted, or closed recently", () => {
    const wanted = plan.tracking[0];
    const open = tracking("reminder packaging 2026-09", {
      title: wanted?.title,
      body: `<!-- wgbot:reminder packaging 2026-09 -->\n${wanted?.body}`,
      labels: ["kind/report", "wg/packaging"],
    });
    expect(sweepWrites(plan, [open], BOT)).toEqual([]);
    expect(sweepWrites(plan, [{ ...open, state: "closed" }], BOT)).toEqual([]);
  });

  it("brings an open issue's text and labels back to what is wanted", () => {
    const stale = tracking("reminder packaging 2026-09", { title: "old", labels: ["wg/packaging"] });
    expect(sweepWrites(plan, [stale], BOT)).toEqual([
      {
        kind: "update-issue",
        issue: stale.number,
        patch: {
          title: plan.tracking[0]?.title,
          body: `<!-- wgbot:reminder packaging 2026-09 -->\n${plan.tracking[0]?.body}`,
        },
      },
      { kind: "add-labels", issue: stale.number, labels: ["kind/report"] },
    ]);
  });

  it("comments before closing", () => {
    const open = tracking("at-risk packaging");
    const recovered = decideSweep(
      input(stateOf([packaging], { packaging: MONTHS_2026 }), "2026-10-16T00:00:00Z", [open]),
    );
    expect(sweepWrites(recovered, [open], BOT).map((w) => w.kind)).toEqual([
      "create-comment",
      "update-issue",
    ]);
  });
});
