/**
 * The sweep's grant rules at their exact boundaries (psf preset): a request silent in needs-info for exactly 42 days
 * is closed and one minute less is not; a request waiting for the Grants WG is flagged once more than 30 whole days
 * have passed. The numbers are written out here, not read from the preset, so changing a promised default fails.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/config/presets.ts";
import { decideSweep } from "../../../src/decide/sweep.ts";
import { grantCandidates } from "../../../src/decide/sweep-grants.ts";
import type { SweepIssue, TimelineEvent } from "../../../src/decide/sweep-model.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { grantIssue } from "../fixtures.ts";

const config = PRESETS.psf;
const BOT = { login: "wgbot[bot]", type: "Bot" };
const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = new Date("2026-11-21T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

const grant = (labels: string[], created: string) => grantIssue(labels, created);

function sweep(issue: SweepIssue, timeline: TimelineEvent[] = []) {
  const state = validateRepository({ files: new Map() }, { now: NOW });
  return decideSweep({
    state,
    issues: [issue],
    timelines: new Map([[issue.number, timeline]]),
    config,
    now: NOW,
    owner: "psf",
    self: BOT,
  });
}

describe("needs-info: closed after exactly 42 days of silence", () => {
  it("is the preset's promise", () => {
    expect(config.grants.needs_info_close_days).toBe(42);
  });

  it("closes a request opened exactly 42 days ago, not one opened 42 days minus a minute ago", () => {
    const exactly = grant(["status/needs-info"], ago(42 * DAY));
    expect(grantCandidates([exactly], config, NOW)).toEqual([7]);
    expect(sweep(exactly).findings.grantsClosed).toEqual([7]);
    expect(sweep(exactly).close).toEqual([{ issue: 7, comment: "", reason: "not_planned" }]);

    const almost = grant(["status/needs-info"], ago(42 * DAY - MINUTE));
    expect(grantCandidates([almost], config, NOW)).toEqual([]);
    expect(sweep(almost).findings.grantsClosed).toEqual([]);
    expect(sweep(almost).close).toEqual([]);
  });

  it("counts from the author's last comment: exactly 42 days closes, 42 days minus a minute does not", () => {
    const old = grant(["status/needs-info"], ago(100 * DAY));
    const said = (ms: number): TimelineEvent[] => [
      { event: "commented", created_at: ago(ms), actor: { login: "ada" }, body: "Here you go" },
    ];
    expect(sweep(old, said(42 * DAY)).findings.grantsClosed).toEqual([7]);
    expect(sweep(old, said(42 * DAY - MINUTE)).findings.grantsClosed).toEqual([]);
  });

  it("counts from the last needs-info label the same way", () => {
    const old = grant(["status/needs-info"], ago(100 * DAY));
    const labelled = (ms: number): TimelineEvent[] => [
      { event: "labeled", created_at: ago(ms), label: { name: "status/needs-info" } },
    ];
    expect(sweep(old, labelled(42 * DAY)).findings.grantsClosed).toEqual([7]);
    expect(sweep(old, labelled(42 * DAY - MINUTE)).findings.grantsClosed).toEqual([]);
  });
});

describe("Grants WG review: flagged after more than 30 whole days", () => {
  it("is the preset's promise", () => {
    expect(config.grants.grants_wg_review_days).toBe(30);
  });

  it("flags a request waiting 31 days, not one waiting 31 days minus a minute (30 whole days)", () => {
    const waiting = grant(["status/grants-wg-review"], ago(31 * DAY));
    expect(grantCandidates([waiting], config, NOW)).toEqual([7]);
    expect(sweep(waiting).findings.grantsFlagged).toEqual([7]);

    const almost = grant(["status/grants-wg-review"], ago(31 * DAY - MINUTE));
    expect(grantCandidates([almost], config, NOW)).toEqual([]);
    expect(sweep(almost).findings.grantsFlagged).toEqual([]);
  });

  it("counts from the last grants-wg-review label: 31 days flags, 31 days minus a minute does not", () => {
    const old = grant(["status/grants-wg-review"], ago(100 * DAY));
    const labelled = (ms: number): TimelineEvent[] => [
      { event: "labeled", created_at: ago(ms), label: { name: "status/grants-wg-review" } },
    ];
    expect(sweep(old, labelled(31 * DAY)).findings.grantsFlagged).toEqual([7]);
    expect(sweep(old, labelled(31 * DAY - MINUTE)).findings.grantsFlagged).toEqual([]);
  });
});
