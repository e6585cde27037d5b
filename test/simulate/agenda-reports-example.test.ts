/**
 * The documented example of the agenda's reports section (examples/events/README.md): the daily sweep simulated on
 * the example repository at 2026-11-21 opens the 2027-01-13 meeting's agenda with the four October reports.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";

describe("wgbot simulate schedule on examples/psf", () => {
  it("shows the agenda of the next meeting with the reports filed since the last one", async () => {
    const run = await runCli([
      "simulate",
      "schedule",
      "examples/events/schedule.json",
      "--repo",
      "examples/psf",
      "--now",
      "2026-11-21T12:00:00Z",
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain('new issue "Board meeting 2027-01-13: agenda"');
    expect(run.stdout).toContain("### Work group reports since the last meeting (4)");
    expect(run.stdout).toContain(
      "| Packaging Work Group | October 2026 | Published the security audit report and the maintainers' response",
    );
    // The reminder carries the skeleton and the "new file" link, whole (it is read in notification emails too), on
    // the simulated repository's address.
    expect(run.stdout).toContain(
      "[Start the report on GitHub](https://github.com/local/psf/new/main?filename=workgroups%2Fdiversity-inclusion",
    );
  });
});
