import { describe, expect, it } from "vitest";
import {
  decisionTarget,
  decisionWeeks,
  pastDecisionTarget,
  requestTarget,
} from "../../../../src/decide/decision-target.ts";
import { decideRequest } from "../../../../src/decide/request.ts";
import { decisionTime } from "../../../../src/decide/rules/grant/decision-time.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { builtInTemplates } from "../../../../src/gather/comment-templates.ts";
import { grantBody } from "../../../support/bodies.ts";
import { grant, NOW, psf, psf2026, withConfig } from "../../fixtures.ts";
import { advance, big, expectAlone, find, sprint } from "./helpers.ts";

const FILED = "2026-11-23T10:00:00Z";
const warned = (result: ReturnType<typeof grantPolicy>) =>
  result.findings.some((f) => f.code === "rule.grant-decision-late");
const at = (start: string) => grant({}, { start_date: start, end_date: start });

describe("the decision target", () => {
  it("is the day of filing (UTC) plus the decision time", () => {
    expect(decisionTarget("2027-01-04T23:59:00Z", psf2026.grants)).toBe("2027-03-01");
    expect(decisionTarget(new Date("2027-01-04T00:00:00Z"), psf2026.grants)).toBe("2027-03-01");
    expect(decisionTarget("2026-11-23", psf.grants)).toBe("2027-01-04");
  });

  it("psf decides within 6 weeks (its minimum lead time), psf-2026 within 8, its fast track within 2", () => {
    expect(decisionWeeks(psf.grants)).toBe(6);
    expect(decisionWeeks(psf2026.grants)).toBe(8);
    expect(decisionWeeks(psf2026.grants, true)).toBe(2);
    expect(decisionTarget("2026-11-23", psf2026.grants, true)).toBe("2026-12-07");
  });

  it("has passed the day after, not on the day", () => {
    expect(pastDecisionTarget("2027-01-04", new Date("2027-01-04T23:00:00Z"))).toBe(false);
    expect(pastDecisionTarget("2027-01-04", new Date("2027-01-05T00:00:00Z"))).toBe(true);
  });
});

describe("decision-time", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(decisionTime, at("2027-01-03"), { filedAt: FILED });
  });

  it.each([
    ["on the day the event starts: no warning", "2027-01-04", false],
    ["the day after the event starts: a warning", "2027-01-03", true],
  ])("psf, a decision target (2027-01-04) %s", (_name, start, isWarned) => {
    expect(warned(grantPolicy(at(start), { config: psf, now: NOW, filedAt: FILED }))).toBe(isWarned);
  });

  it("says when the decision can be expected and what to do, to the applicant and the Grants WG", () => {
    const result = grantPolicy(at("2027-01-03"), { config: psf, now: NOW, filedAt: FILED });
    expect(find(result.findings, "rule.grant-decision-late")).toEqual({
      severity: "warning",
      code: "rule.grant-decision-late",
      path: [],
      message:
        "A decision can be expected by its decision target, 2027-01-04 (6 weeks after filing), which is after the event starts on 2027-01-03.",
      hint: "Grants WG: this one needs an answer sooner than usual. Applicant: say in the request by when you need to know, and what happens to the event without the grant.",
    });
  });

  it("psf-2026: 8 weeks, so an event 8 weeks after filing is just in time", () => {
    const request = (start: string) => at(start);
    expect(warned(grantPolicy(request("2027-01-18"), { config: psf2026, now: NOW, filedAt: FILED }))).toBe(
      false,
    );
    expect(warned(grantPolicy(request("2027-01-17"), { config: psf2026, now: NOW, filedAt: FILED }))).toBe(
      true,
    );
  });

  it("the fast track's own time counts for a fast-tracked request", () => {
    const result = grantPolicy(
      { ...sprint(1200), event: { ...sprint(1200).event, start_date: "2026-12-08", end_date: "2026-12-08" } },
      { config: psf2026, now: NOW, filedAt: FILED },
    );
    expect(result.decision).toEqual({ target: "2026-12-07", weeks: 2, fastTrack: true });
    expect(warned(result)).toBe(false);
  });

  it("the sweep, the agenda and the status, reading the labels intake sets, name the intake's target", () => {
    const fast = {
      ...sprint(1200),
      event: { ...sprint(1200).event, start_date: "2027-03-08", end_date: "2027-03-08" },
    };
    for (const request of [fast, sprint(3000)]) {
      const result = grantPolicy(request, { config: psf2026, now: NOW, filedAt: FILED });
      const read = requestTarget({ createdAt: FILED, labels: result.labels }, psf2026);
      expect(read).toEqual({
        date: result.decision.target,
        weeks: result.decision.weeks,
        fastTracked: result.flags.fastTrack,
      });
    }
    // Both kinds were met: one on the fast track, one not.
    expect(grantPolicy(fast, { config: psf2026, now: NOW, filedAt: FILED }).flags.fastTrack).toBe(true);
    expect(grantPolicy(sprint(3000), { config: psf2026, now: NOW, filedAt: FILED }).flags.fastTrack).toBe(
      false,
    );
  });

  it("over the threshold: the board meeting that can decide it, against the target and the event", () => {
    // Filed 2026-11-23: target 2027-01-04 (psf); the first meeting that can decide it is 2027-01-13.
    const result = grantPolicy(big("2027-03-20"), { config: psf, now: NOW, filedAt: FILED });
    expect(result.decision).toEqual({
      target: "2027-01-04",
      weeks: 6,
      fastTrack: false,
      board: { meeting: "2027-01-13" },
    });
    expect(find(result.findings, "rule.grant-decision-late")).toMatchObject({
      message:
        "The board decides requests over 10,000 USD, and the first board meeting that can decide this one is on 2027-01-13: after its decision target, 2027-01-04 (6 weeks after filing).",
    });
    // Short notice already says the meeting is after the event: here, only the target is added.
    const shortNotice = grantPolicy(big("2027-01-12"), { config: psf, now: NOW, filedAt: FILED });
    expect(shortNotice.flags.shortNotice).toBe(true);
    expect(find(shortNotice.findings, "rule.grant-decision-late").message).toMatch(
      /is on 2027-01-13: after its decision target, 2027-01-04 \(6 weeks after filing\)\.$/,
    );
    const noShortNotice = withConfig(psf, { grants: { recommended_lead_days: 42 } });
    const both = grantPolicy(big("2027-01-12"), { config: noShortNotice, now: NOW, filedAt: FILED });
    expect(find(both.findings, "rule.grant-decision-late").message).toContain(
      "is on 2027-01-13: after the event starts on 2027-01-12, and after its decision target, 2027-01-04 (6 weeks after filing).",
    );
    const inTime = withConfig(psf, { grants: { decision_weeks: 8 } });
    expect(warned(grantPolicy(big("2027-03-20"), { config: inTime, now: NOW, filedAt: FILED }))).toBe(false);
  });

  it("a deposit advance is compared with the day the deposit is due", () => {
    const result = grantPolicy(advance("2027-01-03"), { config: psf, now: NOW, filedAt: FILED });
    expect(find(result.findings, "rule.grant-decision-late")).toMatchObject({
      path: [],
      message:
        "A decision can be expected by its decision target, 2027-01-04 (6 weeks after filing), which is after the deposit is due on 2027-01-03.",
    });
  });

  it("says nothing when the event has started: that is an error of its own", () => {
    const result = grantPolicy(at("2026-11-20"), { config: psf, now: NOW, filedAt: "2026-11-01T00:00:00Z" });
    expect(warned(result)).toBe(false);
  });
});

describe("the decision-time warning in the comment", () => {
  it("is listed under the request, not under the event's first day (which is not wrong)", () => {
    const plan = decideRequest({
      kind: "grant",
      // psf-2026, filed 2026-11-23: 48 days ahead, in time; its target, 8 weeks on, 2027-01-18, is after the event.
      issue: {
        number: 7,
        title: "Grant request",
        body: grantBody({ start_date: "2027-01-10", end_date: "2027-01-10" }),
        author: "ada",
        labels: ["kind/grant"],
        createdAt: FILED,
      },
      owner: "psf",
      config: psf2026,
      now: NOW,
      existingSlugs: new Set(),
      templates: builtInTemplates(),
    });
    expect(plan.comment).toContain(
      "- **Request**: A decision can be expected by its decision target, 2027-01-18 (8 weeks after filing), which is after the event starts on 2027-01-10.",
    );
    expect(plan.comment).not.toContain("**First day of the event**");
  });
});
