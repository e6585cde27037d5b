/**
 * Monthly reports reach the board: the sweep keeps the next meeting's agenda listing every report that fell due
 * since the previous meeting (work group, period, highlights, asks of the board, link), creating the meeting's
 * milestone and agenda when reports are all it has to show; the agenda mentions the board team. Through handleEvent
 * with a `schedule` event against the fake GitHub; a second run writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keptReportsSection } from "../../src/decide/agenda-reports.ts";
import { tokenIdentity } from "../../src/gather/identity.ts";
import { WgbotOctokit } from "../../src/github/client.ts";
import { handleEvent } from "../../src/router/handle-event.ts";
import { expectSafeWrites } from "../hostile/harness.ts";
import { labeledEvent } from "../support/board-events.ts";
import type { FakeGitHub } from "../support/fake-github.ts";
import { charterYaml, reportYaml } from "../support/governance-files.ts";
import { packagingFake, sweepOn } from "../support/sweep.ts";

const NOW = new Date("2026-11-21T06:00:00Z"); // psf: the board met on 2026-11-11 and meets next on 2027-01-13
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await packagingFake(NOW, ["2026-06", "2026-07", "2026-08", "2026-09"]);
  fake.files.set(
    "workgroups/packaging/reports/2026-10.yml",
    reportYaml({
      workgroup: "packaging",
      period: "2026-10",
      board_asks: ["Approve a 2,000 USD budget for captioning"],
    }),
  );
  fake.files.set("workgroups/education/charter.yml", charterYaml({ slug: "education", start: "2026-10-01" }));
  fake.files.set(
    "workgroups/education/reports/2026-10.yml",
    reportYaml({ workgroup: "education", period: "2026-10" }).replace(
      "  - Released the new guide",
      "  - Ran a workshop for @psf/everyone | see <b>notes</b>\n  - Second\n  - Third\n  - Fourth",
    ),
  );
});
afterEach(async () => {
  await fake.stop();
});

/** One event through handleEvent, as the Action runs it, at NOW. */
async function eventOn(event: { name: string; payload: unknown }) {
  fake.reset();
  const github = new WgbotOctokit({
    auth: "t",
    baseUrl: fake.url,
    throttle: { enabled: false },
    retry: { enabled: false },
  });
  return handleEvent(event as never, {
    github,
    repo: { owner: "psf", repo: "governance" },
    now: NOW,
    dryRun: false,
    log: { info() {}, warn() {} },
    self: tokenIdentity(github),
  });
}

const agenda = () => [...fake.issues.values()].find((i) => i.title === "Board meeting 2027-01-13: agenda");

describe("the agenda's work group reports", () => {
  it("opens the meeting's agenda for the reports alone, mentions the board once, and writes nothing the second time", async () => {
    await sweepOn(fake, NOW);
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/psf/governance/milestones",
      "POST /repos/psf/governance/issues",
    ]);
    expect(agenda()?.milestone?.title).toBe("Board meeting 2027-01-13");
    // Only the board team is pinged; the report's text is escaped; nothing links off the repository.
    expectSafeWrites(fake);
    expect(agenda()?.body).toMatchInlineSnapshot(`
      "<!-- wgbot:agenda 2027-01-13 -->
      ## Board meeting 2027-01-13

      @psf/board: the agenda of your meeting on 2027-01-13.

      No item to decide is on this meeting's agenda yet; the work groups' reports are below.

      ### Work group reports since the last meeting (2)

      | Work group | Period | Highlights | Asks of the board | Report |
      |---|---|---|---|---|
      | Education Work Group | October 2026 | Ran a workshop for @‍psf/everyone \\| see &lt;b&gt;notes&lt;/b&gt; · Second · Third · and 1 more | none | [2026-10.yml](https://github.com/psf/governance/blob/main/workgroups/education/reports/2026-10.yml) |
      | Packaging Work Group | October 2026 | Released the new guide | Approve a 2,000 USD budget for captioning | [2026-10.yml](https://github.com/psf/governance/blob/main/workgroups/packaging/reports/2026-10.yml) |

      <sub>wgbot keeps this agenda up to date from the items' labels and recorded decisions; edits to it are replaced. Board
      members decide on an item with \`/board approve|decline|defer [amount] [note]\` in a comment on it.</sub>
      "
    `);

    await sweepOn(fake, NOW);
    expect(fake.writes).toEqual([]);
  });

  it("keeps the section when another flow refreshes the agenda (a board member escalates an item by hand)", async () => {
    await sweepOn(fake, NOW);
    const section = keptReportsSection(agenda()?.body);
    expect(section).toContain("Approve a 2,000 USD budget for captioning");
    fake.teams.set("board", new Set(["bea"]));
    const issue = fake.addIssue({ title: "Trademark question", body: "Can we use the logo?" });
    issue.labels.push({ name: "status/board-review" });
    const event = labeledEvent(fake, issue, "status/board-review", "bea");
    await eventOn(event);
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/psf/governance/issues/${issue.number}`,
      `PATCH /repos/psf/governance/issues/${agenda()?.number}`,
    ]);
    expect(agenda()?.body).toContain("### Other items (1)");
    expect(agenda()?.body).toContain(section);
    await eventOn(event);
    expect(fake.writes).toEqual([]);
    await sweepOn(fake, NOW);
    expect(fake.writes).toEqual([]);
  });

  it("adds the next month's reports once they fall due", async () => {
    await sweepOn(fake, NOW);
    fake.files.set(
      "workgroups/packaging/reports/2026-11.yml",
      reportYaml({ workgroup: "packaging", period: "2026-11" }),
    );
    const december = new Date("2026-12-16T06:00:00Z"); // November's reports fell due on the 15th
    fake.setTime(december);
    await sweepOn(fake, december);
    // Education's November report is overdue: its reminder, then the agenda's new row.
    expect(fake.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
      "POST /repos/psf/governance/issues",
      `PATCH /repos/psf/governance/issues/${agenda()?.number}`,
    ]);
    expect(agenda()?.body).toContain("### Work group reports since the last meeting (3)");
    expect(agenda()?.body).toContain(
      "| Packaging Work Group | November 2026 | Released the new guide | none |",
    );
    await sweepOn(fake, december);
    expect(fake.writes).toEqual([]);
  });

  it("lists nothing, and opens nothing, when no report fell due since the last meeting", async () => {
    // September's reports fell due on 15 October: they were for the meeting on 11 November.
    fake.files.delete("workgroups/packaging/reports/2026-10.yml");
    fake.files.delete("workgroups/education/reports/2026-10.yml");
    const early = new Date("2026-11-14T06:00:00Z"); // October's reports are not due yet
    fake.setTime(early);
    await sweepOn(fake, early);
    expect(fake.writes).toEqual([]);
  });
});
