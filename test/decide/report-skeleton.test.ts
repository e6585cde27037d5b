/**
 * The report skeleton (decide/report-skeleton.ts): the default period, and the reminder issue that shows the same
 * skeleton `wgbot new report` writes, with a link to GitHub's "new file" page that carries it, URL-encoded and
 * within GitHub's length limit.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { periodOf } from "../../src/decide/report-periods.ts";
import {
  defaultPeriod,
  MAX_NEW_FILE_URL,
  newFileUrl,
  reportSkeleton,
} from "../../src/decide/report-skeleton.ts";
import { validateRepository } from "../../src/validate/repository.ts";
import { charterYaml } from "../support/governance-files.ts";
import { sweepPlan } from "../support/sweep-plan.ts";

const config = PRESETS.psf;
const WHERE = { owner: "psf", repo: "governance", branch: "main" };

describe("defaultPeriod: the last period that has ended", () => {
  it("monthly: last month, whatever the day", () => {
    expect(defaultPeriod("monthly", config, "2026-11-01").label).toBe("2026-10");
    expect(defaultPeriod("monthly", config, "2026-11-30").label).toBe("2026-10");
    expect(defaultPeriod("monthly", config, "2027-01-05").label).toBe("2026-12");
  });

  it("quarterly: the last quarter that has ended, not the one under way", () => {
    expect(defaultPeriod("quarterly", config, "2026-10-01").label).toBe("2026-09");
    expect(defaultPeriod("quarterly", config, "2026-12-31").label).toBe("2026-09");
    expect(defaultPeriod("quarterly", config, "2027-01-01").label).toBe("2026-12");
  });
});

describe("newFileUrl", () => {
  it("opens GitHub's new file page with the file named and its text filled in, URL-encoded", () => {
    const url = newFileUrl(WHERE, "workgroups/packaging/reports/2026-10.yml", "a: 1\n# b & c?\n");
    // Relative to the reminder issue (https://github.com/psf/governance/issues/<n>): …/psf/governance/new/main?…
    expect(url).toBe(
      "../new/main?filename=workgroups%2Fpackaging%2Freports%2F2026-10.yml&value=a%3A%201%0A%23%20b%20%26%20c%3F%0A",
    );
  });

  it("is whole when the repository's address is known (a notification email has no page to be relative to)", () => {
    const url = newFileUrl(
      { ...WHERE, url: "https://git.example.org/psf/governance/" },
      "workgroups/packaging/reports/2026-10.yml",
      "a: 1\n",
    );
    expect(url).toBe(
      "https://git.example.org/psf/governance/new/main?filename=workgroups%2Fpackaging%2Freports%2F2026-10.yml&value=a%3A%201%0A",
    );
  });

  it("leaves the link out rather than make one GitHub refuses", () => {
    const long = "x".repeat(MAX_NEW_FILE_URL);
    expect(newFileUrl(WHERE, "r.yml", long)).toBeUndefined();
  });
});

describe("the reminder issue carries the skeleton and the link", () => {
  const files = new Map([
    [
      "workgroups/packaging/charter.yml",
      charterYaml({ slug: "packaging", start: "2026-10-01", review: "2027-09-30", chairs: ["alice"] }),
    ],
  ]);
  const now = new Date("2026-11-16T12:00:00Z");
  const state = validateRepository({ files }, { now });
  const sweep = (where: object) => sweepPlan(state, now, "psf", where).tracking[0];

  it("shows the very skeleton `wgbot new report` writes, and links to it", () => {
    const skeleton = reportSkeleton({
      slug: "packaging",
      name: "Packaging Work Group",
      period: periodOf("2026-10", "monthly", 15),
      submittedBy: "alice",
      config,
    });
    const body = sweep({ repo: "governance", branch: "main" })?.body ?? "";
    expect(body).toContain(`\`\`\`yaml\n${skeleton}\`\`\``);
    const link = newFileUrl(WHERE, "workgroups/packaging/reports/2026-10.yml", skeleton);
    expect(body).toContain(`[Start the report on GitHub](${link})`);
    expect(body.length).toBeLessThan(MAX_NEW_FILE_URL + 2000);
    expect(body).toContain("A work group that misses 2 reports in a row is at risk");
  });

  it("without the repository's branch, shows the skeleton and the command, no link", () => {
    const body = sweep({})?.body ?? "";
    expect(body).not.toContain("../new/");
    expect(body).toContain(
      "Start from the skeleton below, or run `wgbot new report packaging --month 2026-10`",
    );
  });
});
