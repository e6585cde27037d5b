/**
 * The needs-info clock restarts on any activity of the applicant (decide/applicant-activity.ts): their comment, an
 * edit of the request's text or title, and a reopening. wgbot's comments and other people's do not restart it.
 * Boundaries: exactly 42 days of silence closes, 41 days does not (psf preset).
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import { editsMatter, lastApplicantActivity } from "../../../src/decide/applicant-activity.ts";
import { decideSweep } from "../../../src/decide/sweep.ts";
import type { SweepIssue, TimelineEvent } from "../../../src/decide/sweep-model.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { grantIssue } from "../fixtures.ts";

const config = PRESETS.psf;
const BOT = { login: "wgbot[bot]", type: "Bot" };
const DAY = 86_400_000;
const NOW = new Date("2026-11-21T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const old = (): SweepIssue => grantIssue(["status/needs-info"], ago(100 * DAY));

function closed(issue: SweepIssue, timeline: TimelineEvent[]) {
  const state = validateRepository({ files: new Map() }, { now: NOW });
  const plan = decideSweep({
    state,
    issues: [issue],
    timelines: new Map([[issue.number, timeline]]),
    config,
    now: NOW,
    owner: "psf",
    self: BOT,
  });
  return { closed: plan.findings.grantsClosed, comments: plan.comments.map((c) => c.marker) };
}

const by = (login: string, event: string, days: number, body?: string): TimelineEvent => ({
  event,
  created_at: ago(days * DAY),
  actor: { login },
  ...(body === undefined ? {} : { body }),
});

describe("the needs-info clock restarts on the applicant's activity", () => {
  it("is 42 days in the psf preset", () => {
    expect(config.grants.needs_info_close_days).toBe(42);
  });

  for (const event of ["commented", "edited", "renamed"])
    it(`an applicant's '${event}' event: 42 days ago closes, 41 days ago does not`, () => {
      expect(closed(old(), [by("ada", event, 42)]).closed).toEqual([7]);
      expect(closed(old(), [by("ada", event, 41)]).closed).toEqual([]);
    });

  it("counts the author case-insensitively", () => {
    expect(closed(old(), [by("ADA", "commented", 41)]).closed).toEqual([]);
  });

  it("a reopening restarts it, whoever reopens (a maintainer reopens for the applicant), except wgbot", () => {
    expect(closed(old(), [by("maintainer", "reopened", 41)]).closed).toEqual([]);
    expect(closed(old(), [by("ada", "reopened", 41)]).closed).toEqual([]);
    expect(closed(old(), [by("ada", "reopened", 42)]).closed).toEqual([7]);
    expect(closed(old(), [by("wgbot[bot]", "reopened", 1)]).closed).toEqual([7]);
  });

  it("wgbot's own comments and other people's comments and edits do not restart it", () => {
    const timeline = [
      by("wgbot[bot]", "commented", 1, "<!-- wgbot:request-report -->\nStill missing: a budget."),
      by("grace", "commented", 1, "Any news?"),
      by("grace", "edited", 1),
      by("grace", "renamed", 1),
    ];
    expect(closed(old(), timeline).closed).toEqual([7]);
  });

  it("takes the latest of everything, the needs-info label included", () => {
    const timeline = [
      by("ada", "commented", 90),
      { event: "labeled", created_at: ago(41 * DAY), label: { name: "status/needs-info" } },
      by("ada", "edited", 60),
    ];
    expect(lastApplicantActivity(old(), timeline, config, BOT)).toBe(ago(41 * DAY));
  });

  it("after a reopening and 42 more silent days, the request is closed again with a new comment", () => {
    const firstClosing = by("wgbot[bot]", "commented", 50, "<!-- wgbot:needs-info-closed -->\nHello");
    // Closed 50 days ago; reopened 42 days ago; nobody wrote since.
    const again = closed(old(), [firstClosing, by("maintainer", "reopened", 42)]);
    expect(again).toEqual({ closed: [7], comments: ["needs-info-closed"] });
    // A closing comment written after the reopening is not written twice.
    const written = by("wgbot[bot]", "commented", 0, "<!-- wgbot:needs-info-closed -->\nHello");
    expect(closed(old(), [firstClosing, by("maintainer", "reopened", 42), written])).toEqual({
      closed: [7],
      comments: [],
    });
  });
});

describe("the edit history is read only when it can change the answer", () => {
  it("is needed for a request that would close but changed after the last activity seen", () => {
    const issue = { ...old(), updated_at: ago(10 * DAY) };
    expect(editsMatter(issue, [], config, NOW, BOT)).toBe(true);
  });

  it("is not needed when nothing changed since, or when the request would not close anyway", () => {
    expect(editsMatter(old(), [], config, NOW, BOT)).toBe(false);
    // The change is on the timeline (someone's comment): no edit is hiding behind it.
    const commented = { ...old(), updated_at: ago(10 * DAY) };
    expect(editsMatter(commented, [by("grace", "commented", 10)], config, NOW, BOT)).toBe(false);
    const recent = { ...old(), updated_at: ago(1 * DAY) };
    expect(editsMatter(recent, [by("ada", "commented", 41)], config, NOW, BOT)).toBe(false);
  });
});
