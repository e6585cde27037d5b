/** The grant rules together (src/decide/rules/grant.ts): figures, flags and labels follow from what the rules find. */
import { describe, expect, it } from "vitest";
import { grantPolicy } from "../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../fixtures.ts";
import { big, codes } from "./grant/helpers.ts";

describe("a request with nothing to say", () => {
  it("has no findings, no flags, no labels, and the figures", () => {
    const result = grantPolicy(grant(), { config: psf, now: NOW, filedAt: "2026-11-23T08:00:00Z" });
    expect(result).toEqual({
      findings: [],
      flags: { overThreshold: false, late: false, shortNotice: false, notCovered: [], fastTrack: false },
      labels: [],
      amountInBase: 8000,
      countedBudget: 8000,
      filed: { date: "2026-11-23", known: true },
      // psf: a decision within 6 weeks of filing.
      decision: { target: "2027-01-04", weeks: 6, fastTrack: false },
    });
  });
});

describe("rules together", () => {
  it("late and over the threshold: both flags, both findings", () => {
    const result = grantPolicy(big("2026-12-20"), { config: psf, now: NOW });
    expect(result.flags).toMatchObject({ overThreshold: true, late: true, shortNotice: true });
    expect(codes(result.findings)).toEqual([
      "note:rule.grant-over-threshold",
      "warning:rule.grant-late",
      "warning:rule.grant-short-notice",
      "warning:rule.grant-decision-late",
      "suggestion:rule.grant-no-essential-items",
    ]);
  });

  it("sets each rule's label once, in rule order, as the issue carries them", () => {
    const request = {
      ...big("2026-12-20"),
      budget: [
        { description: "Venue rental", cost: 11500 },
        { description: "Swag", cost: 500 },
      ],
    };
    const result = grantPolicy(request, { config: psf, now: NOW });
    expect(result.labels).toEqual([
      "grant/over-threshold",
      "grant/late",
      "grant/short-notice",
      "grant/not-covered",
    ]);
    expect(result.flags.notCovered).toEqual(["swag"]);
    // An event that has started is late too: the same label, from another rule.
    const started = grantPolicy(grant({}, { start_date: "2026-11-20" }), { config: psf, now: NOW });
    expect(started.labels).toEqual(["grant/late"]);
  });

  it("a label follows the config's name for it", () => {
    const config = { ...psf, labels: { ...psf.labels, late: "late-request" } };
    expect(grantPolicy(big("2026-12-20"), { config, now: NOW }).labels).toContain("late-request");
  });
});
