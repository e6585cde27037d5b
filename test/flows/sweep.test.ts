/**
 * The sweep flow's pure rounds (src/flows/sweep.ts `sweepRounds`): `decide`, `writes` and `report` on plain state,
 * no HTTP. decide makes the sweep's plan with the repository's name and branch (for the reminders' links) and
 * picks the requests nobody answered; writes are the plan's diff against the issues; report counts the requests
 * the last round will check. The sweep does not settle: its comments are not sticky ones a race could double.
 */
import { describe, expect, it } from "vitest";
import { sweepWrites } from "../../src/apply/sweep.ts";
import type { SweepIssue } from "../../src/decide/sweep-model.ts";
import { sweepRounds as rounds } from "../../src/flows/sweep.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { BOT } from "../support/fake-github.ts";
import { CONFIG, charterYaml } from "../support/governance-files.ts";

type State = Parameters<typeof rounds.decide>[0];
const NOW = new Date("2026-11-21T12:00:00Z");
const SELF = { login: BOT.login };

function state(issues: SweepIssue[] = [], branch: string | null = "main"): State {
  const files = new Map([
    [".github/wgbot.yml", CONFIG],
    // Chartered in June, no report since: reports are overdue.
    ["workgroups/packaging/charter.yml", charterYaml({ slug: "packaging", start: "2026-06-01" })],
  ]);
  return {
    state: validateRepository({ files }, { now: NOW }),
    issues,
    timelines: new Map(),
    owner: "psf",
    repo: "governance",
    branch: branch ?? undefined,
    self: SELF,
  };
}

function request(number: number, minutesOld: number, extra: Partial<SweepIssue> = {}): SweepIssue {
  const at = new Date(NOW.getTime() - minutesOld * 60_000).toISOString();
  return {
    number,
    title: `Grant request ${number}`,
    body: "",
    state: "open",
    labels: ["kind/grant"],
    author: { login: "ada", type: "User" },
    created_at: at,
    updated_at: at,
    ...extra,
  };
}

describe("decide", () => {
  it("links a reminder to GitHub's new-file page on the default branch, when the branch is known", () => {
    const known = rounds.decide(state(), NOW).sweep;
    const unknown = rounds.decide(state([], null), NOW).sweep;
    const text = (plan: typeof known) => JSON.stringify(plan);
    expect(text(known)).toContain("](../new/main?filename=workgroups%2Fpackaging%2Freports%2F2026-10.yml");
    expect(text(unknown)).not.toContain("/new/");
    expect(text(rounds.decide(state([], "trunk"), NOW).sweep)).toContain("](../new/trunk?filename=");
  });

  it("picks the requests nobody answered, past the grace of their first delivery", () => {
    const issues = [
      request(1, 16),
      request(2, 14), // its first delivery may still be under way
      request(3, 60, { labels: ["kind/grant", "status/needs-info"] }), // answered
      request(4, 60, { author: { login: "helper[bot]", type: "Bot" } }),
      request(5, 60, { state: "closed" }),
    ];
    expect(rounds.decide(state(issues), NOW).unanswered.map((i) => i.number)).toEqual([1]);
  });
});

describe("writes and report", () => {
  it("writes the plan's diff against the issues", () => {
    const s = state([request(1, 60)]);
    const plan = rounds.decide(s, NOW);
    const writes = rounds.writes(plan, s);
    expect(writes).toEqual(sweepWrites(plan.sweep, s.issues, SELF));
    expect(writes.some((w) => w.kind === "create-issue")).toBe(true);
  });

  it("reports the sweep's summary, the unanswered requests it will check and the repository's problems", () => {
    const one = state([request(1, 60)]);
    const plan = rounds.decide(one, NOW);
    expect(rounds.report(plan, one)).toEqual({
      flow: "sweep",
      summary: `${plan.sweep.summary}; 1 unanswered request checked`,
      plan: plan.sweep,
      problems: one.state.problems,
    });
    const two = state([request(1, 60), request(2, 60)]);
    expect(rounds.report(rounds.decide(two, NOW), two).summary).toMatch(/; 2 unanswered requests checked$/);
    const none = state();
    const quiet = rounds.decide(none, NOW);
    expect(rounds.report(quiet, none).summary).toBe(quiet.sweep.summary);
  });

  it("does not settle", () => {
    expect(rounds.settles).toBe(false);
  });
});
