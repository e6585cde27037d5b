/**
 * The sweep's decision-target reminder at its exact boundaries (psf-2026: 8 weeks, the fast track 2): a request filed
 * on 2027-01-04 has its target on 2027-03-01; on that day it is not past, the next day it is. Who is reminded follows
 * the request's labels; each stage is reminded once per target, found again by wgbot's own marker.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import type { Config } from "../../../src/config/types.ts";
import { REVIEW_OVERDUE } from "../../../src/decide/rules/sweep-grant/review-overdue.ts";
import { decideSweep } from "../../../src/decide/sweep.ts";
import {
  awaitedStage,
  pastTargetMarker,
  pastTargetRequests,
} from "../../../src/decide/sweep-decision-target.ts";
import { grantCandidates } from "../../../src/decide/sweep-grants.ts";
import type { SweepIssue, TimelineEvent } from "../../../src/decide/sweep-model.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { grantIssue } from "../fixtures.ts";

const config: Config = PRESETS["psf-2026"];
const BOT = { login: "wgbot[bot]", type: "Bot" };
const FILED = "2027-01-04T15:30:00Z";
const TARGET_DAY_END = new Date("2027-03-01T23:59:59Z");
const DAY_AFTER = new Date("2027-03-02T00:00:00Z");

function sweep(issue: SweepIssue, now: Date, timeline: TimelineEvent[] = [], cfg = config) {
  const state = validateRepository({ files: new Map() }, { now });
  return decideSweep({
    state,
    issues: [issue],
    timelines: new Map([[issue.number, timeline]]),
    config: cfg,
    now,
    owner: "psf",
    self: BOT,
  });
}

const said = (body: string, login = BOT.login): TimelineEvent => ({
  event: "commented",
  created_at: "2027-03-02T06:00:00Z",
  actor: { login },
  body,
});
/** The Grants WG's review reminder (more than 30 days in review), written weeks before the target passed. */
const NUDGED = [{ ...said(`<!-- wgbot:${REVIEW_OVERDUE} -->\nWaiting`), created_at: "2027-02-05T06:00:00Z" }];

describe("the decision target's boundary", () => {
  it("is 8 weeks in psf-2026 and 2 on the fast track", () => {
    expect(config.grants.decision_weeks).toBe(8);
    expect(config.grants.fast_track_decision_weeks).toBe(2);
  });

  it("is not past on the target day itself, and is the day after", () => {
    const waiting = grantIssue(["status/grants-wg-review"], FILED);
    expect(pastTargetRequests([waiting], config, TARGET_DAY_END)).toEqual([]);
    expect(sweep(waiting, TARGET_DAY_END, NUDGED).comments).toEqual([]);
    expect(pastTargetRequests([waiting], config, DAY_AFTER)).toEqual([
      { issue: 7, filed: "2027-01-04", target: "2027-03-01", weeks: 8, stage: "grants-wg", daysPast: 1 },
    ]);
    expect(sweep(waiting, DAY_AFTER, NUDGED).comments).toHaveLength(1);
  });

  it("reads a board-review request's timeline from the day after its target, not before", () => {
    // No other sweep rule reads the timeline of a request in board review: this one is read for the reminder alone.
    const escalated = grantIssue(["status/board-review"], FILED);
    expect(grantCandidates([escalated], config, TARGET_DAY_END)).toEqual([]);
    expect(sweep(escalated, TARGET_DAY_END).comments).toEqual([]);
    expect(grantCandidates([escalated], config, DAY_AFTER)).toEqual([7]);
    expect(sweep(escalated, DAY_AFTER).comments).toHaveLength(1);
  });

  it("counts a fast-tracked request's 2 weeks: past on 2027-01-19, not on 2027-01-18", () => {
    const fast = grantIssue(["status/grants-wg-review", "grant/fast-track"], FILED);
    expect(pastTargetRequests([fast], config, new Date("2027-01-18T23:00:00Z"))).toEqual([]);
    expect(pastTargetRequests([fast], config, new Date("2027-01-19T01:00:00Z"))).toMatchObject([
      { target: "2027-01-18", weeks: 2, daysPast: 1 },
    ]);
  });
});

describe("who is reminded", () => {
  const stage = (labels: string[]) => awaitedStage(["kind/grant", ...labels], config);

  it("follows the labels: Grants WG review, board review (deferred too); no one while it waits for its applicant", () => {
    expect(stage(["status/grants-wg-review"])).toBe("grants-wg");
    expect(stage(["status/grants-wg-review", "status/board-review"])).toBe("board");
    expect(stage(["status/board-review", "status/deferred"])).toBe("board");
    expect(stage(["status/needs-info"])).toBeUndefined();
    expect(stage([])).toBeUndefined();
    expect(stage(["status/board-review", "status/approved"])).toBeUndefined();
    expect(stage(["status/grants-wg-review", "status/declined"])).toBeUndefined();
    expect(awaitedStage(["status/grants-wg-review"], config)).toBeUndefined(); // not a grant request
  });

  it("leaves closed requests alone", () => {
    const closed = { ...grantIssue(["status/board-review"], FILED), state: "closed" as const };
    expect(pastTargetRequests([closed], config, DAY_AFTER)).toEqual([]);
  });

  it("tells the Grants WG, with the dates and what follows", () => {
    const over = grantIssue(["status/grants-wg-review", "grant/over-threshold"], FILED);
    const plan = sweep(over, DAY_AFTER, NUDGED);
    expect(plan.findings.grantsPastTarget).toEqual([{ issue: 7, target: "2027-03-01", stage: "grants-wg" }]);
    expect(plan.summary).toContain("1 grant past the decision target (#7)");
    expect(plan.text).toContain("- #7: target 2027-03-01, with the Grants WG");
    expect(plan.comments).toHaveLength(1);
    expect(plan.comments[0]?.marker).toBe("decision-target-passed grants-wg 2027-03-01");
    expect(plan.comments[0]?.body).toMatchInlineSnapshot(`
      "This grant request was filed on 2027-01-04. Its decision target, 8 weeks after filing, was 2027-03-01, and today it is 1 day past it without a decision.

      @psf/grants-wg: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`, or tell the applicant here when they can expect one. The request is over 10,000 USD, so the recommendation then takes it to the board, at the next meeting that can review it.

      To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here."
    `);
    const small = sweep(grantIssue(["status/grants-wg-review"], FILED), DAY_AFTER, NUDGED);
    expect(small.comments[0]?.body).toContain(
      "For a request up to 10,000 USD the Grants WG's decision is final.",
    );
  });

  it("tells the board, with the meeting the request is on", () => {
    const onMeeting = {
      ...grantIssue(["status/board-review"], FILED),
      milestone: "Board meeting 2027-03-10",
    };
    const later = new Date("2027-03-05T06:00:00Z");
    const plan = sweep(onMeeting, later);
    expect(plan.comments.map((c) => c.marker)).toEqual(["decision-target-passed board 2027-03-01"]);
    expect(plan.comments[0]?.body).toMatchInlineSnapshot(`
      "This grant request was filed on 2027-01-04. Its decision target, 8 weeks after filing, was 2027-03-01, and today it is 4 days past it without a decision.

      @psf/board: it is in board review, on the agenda of the meeting on 2027-03-10. If the applicant cannot wait that long, the board can decide sooner, here, with \`/board approve [amount]\`, \`/board decline\` or \`/board defer [note]\`.

      To the applicant: thank you for your patience. Nothing more is needed from you for now, and the decision will be recorded here."
    `);
    const noMeeting = sweep(grantIssue(["status/board-review"], FILED), later);
    expect(noMeeting.comments[0]?.body).toContain("and goes on the agenda of the board's next meeting.");
    // On the meeting day it is still ahead; the day after, the meeting has passed without a decision.
    expect(sweep(onMeeting, new Date("2027-03-10T20:00:00Z")).comments[0]?.body).toContain(
      "on the agenda of the meeting on 2027-03-10. If the applicant cannot wait",
    );
    expect(sweep(onMeeting, new Date("2027-03-11T08:00:00Z")).comments[0]?.body).toContain(
      "@psf/board: it is in board review and was on the agenda of the meeting on 2027-03-10, but no decision is recorded here yet. Please record it with `/board approve [amount]`, `/board decline` or `/board defer [note]`.",
    );
  });

  it("names the team only when the config mentions teams", () => {
    const quiet = { ...config, teams: { ...config.teams, mention_board: false, mention_grants_wg: false } };
    const board = sweep(grantIssue(["status/board-review"], FILED), DAY_AFTER, [], quiet);
    expect(board.comments[0]?.body).toContain("\n\nThe board: it is in board review");
    const wg = sweep(grantIssue(["status/grants-wg-review"], FILED), DAY_AFTER, NUDGED, quiet);
    expect(wg.comments[0]?.body).toContain("\n\nThe Grants Work Group: please record");
  });
});

describe("once per request, stage and target", () => {
  const marker = (stage: "grants-wg" | "board") =>
    `<!-- wgbot:${pastTargetMarker({ stage, target: "2027-03-01" })} -->\nEarlier reminder`;

  it("writes nothing once wgbot's own reminder is on the timeline, and still lists the request", () => {
    const waiting = grantIssue(["status/grants-wg-review"], FILED);
    const plan = sweep(waiting, DAY_AFTER, [...NUDGED, said(marker("grants-wg"))]);
    expect(plan.comments).toEqual([]);
    expect(plan.findings.grantsPastTarget).toHaveLength(1);
  });

  it("is not silenced by someone else's comment with the same marker", () => {
    const plan = sweep(grantIssue(["status/grants-wg-review"], FILED), DAY_AFTER, [
      ...NUDGED,
      said(marker("grants-wg"), "mallory"),
    ]);
    expect(plan.comments.map((c) => c.marker)).toEqual(["decision-target-passed grants-wg 2027-03-01"]);
  });

  it("tells the board once when a request the Grants WG was reminded of is escalated", () => {
    const escalated = grantIssue(["status/board-review"], FILED);
    expect(sweep(escalated, DAY_AFTER, [said(marker("grants-wg"))]).comments.map((c) => c.marker)).toEqual([
      "decision-target-passed board 2027-03-01",
    ]);
    expect(sweep(escalated, DAY_AFTER, [said(marker("grants-wg")), said(marker("board"))]).comments).toEqual(
      [],
    );
  });

  it("waits for the next sweep when the Grants WG's review reminder is written in this one", () => {
    // psf: 6 weeks to the target, 30 days of review: a request labelled for review late gets both on one day.
    const psf = PRESETS.psf;
    const filed = grantIssue(["status/grants-wg-review"], "2026-01-01T10:00:00Z");
    const now = new Date("2026-03-01T10:00:00Z");
    const first = sweep(filed, now, [], psf);
    expect(first.comments.map((c) => c.marker)).toEqual([REVIEW_OVERDUE]);
    expect(first.findings.grantsPastTarget).toHaveLength(1);
    const next = sweep(filed, now, [said(`<!-- wgbot:${REVIEW_OVERDUE} -->\nWaiting`)], psf);
    expect(next.comments.map((c) => c.marker)).toEqual(["decision-target-passed grants-wg 2026-02-12"]);
  });

  it("leaves out the Grants WG's review reminder once the target reminder is written", () => {
    // Labelled for review on 2026-02-10, after the target passed: 30 days of review end on 2026-03-12.
    const psf = PRESETS.psf;
    const filed = grantIssue(["status/grants-wg-review"], "2026-01-01T10:00:00Z");
    const labelled: TimelineEvent = {
      event: "labeled",
      created_at: "2026-02-10T10:00:00Z",
      label: { name: "status/grants-wg-review" },
    };
    const reminded = said("<!-- wgbot:decision-target-passed grants-wg 2026-02-12 -->\nPast");
    const now = new Date("2026-03-20T10:00:00Z");
    expect(sweep(filed, now, [labelled], psf).comments.map((c) => c.marker)).toEqual([REVIEW_OVERDUE]);
    const plan = sweep(filed, now, [labelled, reminded], psf);
    expect(plan.comments).toEqual([]);
    expect(plan.findings.grantsFlagged).toEqual([]);
    // Someone else's comment with that marker reminded no one.
    const forged = said("<!-- wgbot:decision-target-passed grants-wg 2026-02-12 -->\nPast", "mallory");
    expect(sweep(filed, now, [labelled, forged], psf).comments.map((c) => c.marker)).toEqual([
      REVIEW_OVERDUE,
    ]);
  });
});
