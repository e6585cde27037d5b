/**
 * The sweep and the board: an at-risk or renewal issue the sweep opens goes on the upcoming board meeting's
 * milestone and agenda in the same run (flows/board-meeting/escalation.ts `syncBoard`), and the next run writes nothing. Through
 * handleEvent with a `schedule` event, against the fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeGitHub } from "../support/fake-github.ts";
import { packagingFake, sweepOn } from "../support/sweep.ts";

const NOW = new Date("2026-11-21T06:00:00Z");
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await packagingFake(NOW, ["2026-06", "2026-07", "2026-08"]);
});
afterEach(async () => {
  await fake.stop();
});

const sweep = (dryRun = false) => sweepOn(fake, NOW, dryRun);

describe("the sweep and the board's agenda", () => {
  it("puts the at-risk issue it opens on the next meeting's agenda, once", async () => {
    const first = await sweep();
    expect(first.flow).toBe("sweep");
    const atRisk = [...fake.issues.values()].find(
      (i) => i.title === "Work group at risk: Packaging Work Group",
    );
    expect(atRisk?.labels.map((l) => l.name)).toEqual(["status/at-risk", "wg/packaging"]);
    // The next meeting far enough away from 2026-11-21 is 2027-01-13 (psf: every other month, 7 days to prepare).
    expect(fake.milestones.map((m) => m.title)).toEqual(["Board meeting 2027-01-13"]);
    expect(atRisk?.milestone?.title).toBe("Board meeting 2027-01-13");
    const agenda = [...fake.issues.values()].find((i) => i.title === "Board meeting 2027-01-13: agenda");
    expect(agenda?.body).toContain(`#${atRisk?.number}`);

    const again = await sweep();
    expect(fake.writes).toEqual([]);
    expect(again.writes).toEqual([]);
  });

  it("cuts an agenda longer than GitHub allows, and writes nothing the second time", async () => {
    // Agenda rows shorten titles to about 80 characters: 700 rows make about 88,000 characters.
    for (let i = 0; i < 700; i++)
      fake.addIssue({
        title: `Item ${i}: ${"a long title ".repeat(19)}`,
        body: "",
        labels: [{ name: "status/board-review" }],
      });
    await sweep();
    const agenda = [...fake.issues.values()].find((i) => i.title === "Board meeting 2027-01-13: agenda");
    expect(agenda?.body.length).toBeLessThanOrEqual(65_536);
    expect(agenda?.body).toMatch(/^<!-- wgbot:agenda/);
    expect(agenda?.body).toContain("wgbot cut this issue short: it was longer than GitHub allows.");
    expect(agenda?.body).toContain("Item 0:");

    await sweep();
    expect(fake.writes).toEqual([]);
  });

  it("writes nothing in a dry run, and says what it would do", async () => {
    const dry = await sweep(true);
    expect(fake.writes).toEqual([]);
    expect(dry.writes.map((w) => w.kind)).toEqual(["create-issue", "create-issue"]);
  });
});
