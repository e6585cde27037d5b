/** The charter proposal rules together (src/decide/rules/charter-proposal.ts): the list, in order, at once. */
import { describe, expect, it } from "vitest";
import { proposalRules } from "../../../src/decide/rules/charter-proposal.ts";
import type { Charter } from "../../../src/generated/charter.ts";
import { charter, NOW, psf, withConfig } from "../fixtures.ts";
import { codes, context, run } from "./charter-proposal/helpers.ts";

describe("proposalRules", () => {
  it("a complete proposal has no findings", () => {
    expect(proposalRules(charter(), context)).toEqual([]);
  });

  describe("members and chairs", () => {
    it.each<[string, Charter["participants"], string[]]>([
      ["three members, one chair", { chairs: ["a"], members: ["a", "b", "c"] }, []],
      ["logins compared case-insensitively", { chairs: ["Ada"], members: ["ada", "b", "c"] }, []],
      ["two members", { chairs: ["a"], members: ["a", "b"] }, ["error:rule.too-few-members"]],
      [
        "three entries, one of them twice",
        { chairs: ["a"], members: ["a", "b", "A"] },
        ["error:rule.too-few-members"],
      ],
      [
        "a chair who is not a member",
        { chairs: ["z"], members: ["a", "b", "c"] },
        ["error:rule.chair-not-member"],
      ],
      [
        "one of two chairs not a member",
        { chairs: ["a", "z"], members: ["a", "b", "c"] },
        ["error:rule.chair-not-member"],
      ],
      ["no chair", { chairs: [], members: ["a", "b", "c"] }, ["error:rule.proposal-no-chair"]],
    ])("%s", (_name, participants, expected) => {
      expect(codes(run({ participants }))).toEqual(expected);
    });

    it("the minimum comes from the config", () => {
      const config = withConfig(psf, {});
      const five = { ...config, workgroups: { ...config.workgroups, min_members: 5 } };
      const findings = proposalRules(charter(), { ...context, config: five });
      expect(findings).toEqual([
        {
          severity: "error",
          code: "rule.too-few-members",
          path: ["participants", "members"],
          message: "A new work group needs at least 5 members, chairs included; this one has 3.",
          hint: "Gather more members before sending the charter to the board.",
        },
      ]);
    });
  });

  describe("active time", () => {
    it.each<[string, string, string, string, string[]]>([
      ["starts today", "2026-11-23", "2027-11-23", "2026-11-23T12:00:00Z", []],
      ["starts exactly a month ago", "2026-10-23", "2027-10-23", "2026-11-23T12:00:00Z", []],
      [
        "starts a month and a day ago",
        "2026-10-22",
        "2027-10-22",
        "2026-11-23T12:00:00Z",
        ["error:rule.proposal-start-past"],
      ],
      ["a month before 31 March is 28 February", "2026-02-28", "2027-02-28", "2026-03-31T00:00:00Z", []],
      [
        "the day before that",
        "2026-02-27",
        "2027-02-27",
        "2026-03-31T00:00:00Z",
        ["error:rule.proposal-start-past"],
      ],
      ["across New Year", "2025-12-15", "2026-12-15", "2026-01-15T00:00:00Z", []],
      ["review exactly 24 months after the start", "2026-12-01", "2028-12-01", "2026-11-23T12:00:00Z", []],
      [
        "review 24 months and a day after the start",
        "2026-12-01",
        "2028-12-02",
        "2026-11-23T12:00:00Z",
        ["error:rule.term-too-long"],
      ],
      [
        "review before the start",
        "2026-12-01",
        "2026-11-30",
        "2026-11-23T12:00:00Z",
        ["error:rule.review-before-start"],
      ],
      [
        "review date already passed",
        "2026-10-25",
        "2026-11-20",
        "2026-11-23T12:00:00Z",
        ["error:rule.proposal-review-past"],
      ],
    ])("%s (start %s, review %s, now %s)", (_name, start, review, now, expected) => {
      expect(codes(run({ active_time: { start, review } }, new Date(now)))).toEqual(expected);
    });
  });

  it("reports every problem at once", () => {
    const findings = run({
      slug: "grants",
      mission_alignment: "TBD",
      participants: { chairs: ["z"], members: ["a"] },
      active_time: { start: "2025-01-01", review: "2028-01-01" },
      support: { resources: ["TBD"] },
    });
    expect(codes(findings)).toEqual([
      "error:rule.proposal-slug-taken",
      "error:rule.proposal-mission-alignment",
      "error:rule.chair-not-member",
      "error:rule.too-few-members",
      "error:rule.term-too-long",
      "error:rule.proposal-start-past",
      "error:rule.proposal-resources",
    ]);
  });
});

describe("the exact term", () => {
  it.each([
    ["2028-12-01", []],
    ["2028-12-02", ["error:rule.term-too-long"]],
    ["2028-12-31", ["error:rule.term-too-long"]],
    ["2029-01-01", ["error:rule.term-too-long"]],
  ])("start 2026-12-01, review %s → %j (one finding, never two)", (review, expected) => {
    expect(codes(run({ active_time: { start: "2026-12-01", review } }))).toEqual(expected);
  });

  it("a term ending on a short month's last day", () => {
    const findings = run({ active_time: { start: "2026-12-31", review: "2027-03-01" } }, NOW);
    const config = { ...psf, workgroups: { ...psf.workgroups, max_term_months: 2 } };
    expect(findings).toEqual([]);
    expect(
      proposalRules(charter({ active_time: { start: "2026-12-31", review: "2027-03-01" } }), {
        ...context,
        config,
      }),
    ).toEqual([
      {
        severity: "error",
        code: "rule.term-too-long",
        path: ["active_time", "review"],
        message: "The review date 2027-03-01 is more than 2 months after the start date 2026-12-31.",
        hint: "Choose a review date on or before 2027-02-28: work groups do not exist forever.",
      },
    ]);
  });
});
