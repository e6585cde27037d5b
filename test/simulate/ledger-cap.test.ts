/**
 * `wgbot simulate` on the example for the cap per organisation: the ledger in examples/psf/grants is read offline,
 * and the request is held with a message that names the grants already made and what is left.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";

describe("simulate: the cap per organisation, from the example ledger", () => {
  it("holds a request over the cap and says how much is left", async () => {
    const run = await runCli([
      "simulate",
      "issues",
      "examples/events/06-grant-over-organisation-cap.json",
      "--repo",
      "examples/psf",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("#61: add labels status/needs-info");
    expect(run.stdout).toContain(
      "Python Portugal was already granted 10,920 USD in 2026 (#31 9,720 USD, #44 1,200 USD); with this request, that is 15,420 USD. The foundation grants at most 15,000 USD to one organisation in a year. Lower the amount requested to at most 4,080 USD, and the budget with it.",
    );
  });
});
