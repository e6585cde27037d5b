import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import type { Config } from "../../src/config/types.ts";
import type { Charter } from "../../src/generated/charter.ts";
import { validator } from "../../src/schema/registry.ts";
import { charterRules } from "../../src/validate/rules/charter.ts";
import { validCharter } from "../support/charters.ts";

const psf = PRESETS.psf;

const charter = validCharter;

const codes = (c: Charter, config: Config = psf, folderSlug: string | undefined = "packaging") =>
  charterRules(c, { config, folderSlug }).map((f) => f.code);

describe("charterRules", () => {
  it("finds nothing wrong with a good charter, which the schema also accepts", () => {
    expect(validator("charter")(charter())).toBe(true);
    expect(charterRules(charter(), { config: psf, folderSlug: "packaging" })).toEqual([]);
  });

  describe("slug and folder", () => {
    it("refuses a slug that differs from the folder, saying both ways to fix it", () => {
      const [f] = charterRules(charter({ slug: "typing" }), { config: psf, folderSlug: "packaging" });
      expect(f).toMatchObject({
        severity: "error",
        code: "rule.slug-folder",
        path: ["slug"],
        message: "The slug `typing` does not match the folder name `packaging`.",
        hint: "Set `slug: packaging`, or move the file to workgroups/typing/charter.yml.",
      });
    });

    it("does not check the folder of a proposal that has none yet", () => {
      expect(charterRules(charter({ slug: "typing" }), { config: psf })).toEqual([]);
    });
  });

  describe("chairs and members", () => {
    it("requires every chair to be a member, pointing at the chair", () => {
      const c = charter({ participants: { chairs: ["alice", "dave"], members: ["alice", "bob", "carol"] } });
      const findings = charterRules(c, { config: psf, folderSlug: "packaging" });
      expect(findings).toEqual([
        expect.objectContaining({
          code: "rule.chair-not-member",
          path: ["participants", "chairs", 1],
          message: "The chair `dave` is not listed in `participants.members`.",
        }),
      ]);
    });

    it("compares logins without regard to case, as GitHub does", () => {
      const c = charter({ participants: { chairs: ["Alice"], members: ["alice", "bob", "carol"] } });
      expect(codes(c)).toEqual([]);
    });

    it("needs min_members for a proposal, chairs included, counted once whatever the case", () => {
      const small = { chairs: ["alice"], members: ["alice", "Bob"] };
      expect(codes(charter({ status: "proposed", participants: small }))).toEqual(["rule.too-few-members"]);
      const [f] = charterRules(charter({ status: "proposed", participants: small }), { config: psf });
      expect(f?.message).toBe("A new work group needs at least 3 members, chairs included; this one has 2.");
      expect(f?.path).toEqual(["participants", "members"]);
      const three = { chairs: ["alice"], members: ["alice", "bob", "carol"] };
      expect(codes(charter({ status: "proposed", participants: three }))).toEqual([]);
    });

    it("follows the configured minimum, in singular too", () => {
      const one: Config = { ...psf, workgroups: { ...psf.workgroups, min_members: 1 } };
      const solo = { chairs: ["alice"], members: ["alice"] };
      expect(codes(charter({ status: "proposed", participants: solo }), one)).toEqual([]);
      const two: Config = { ...psf, workgroups: { ...psf.workgroups, min_members: 2 } };
      const [f] = charterRules(charter({ status: "proposed", participants: solo }), { config: two });
      expect(f?.message).toMatch(
        /^A new work group needs at least 2 members, chairs included; this one has 1\./,
      );
    });

    it("leaves a chartered work group's size to the sweep's at-risk check", () => {
      const small = { chairs: ["alice"], members: ["alice"] };
      expect(codes(charter({ status: "active", participants: small }))).toEqual([]);
    });
  });

  describe("active time", () => {
    it("needs the review date after the start date", () => {
      for (const review of ["2025-01-15", "2024-12-31"]) {
        const [f] = charterRules(charter({ active_time: { start: "2025-01-15", review } }), { config: psf });
        expect(f).toMatchObject({
          code: "rule.review-before-start",
          path: ["active_time", "review"],
          message: `The review date ${review} is not after the start date 2025-01-15.`,
        });
      }
    });

    it("allows a term of exactly max_term_months, and not a day more", () => {
      expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-01-15" } }))).toEqual([]);
      expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-01-16" } }))).toEqual([
        "rule.term-too-long",
      ]);
      // 24 whole months and 30 days is still more than 24 months.
      expect(codes(charter({ active_time: { start: "2025-01-15", review: "2027-02-14" } }))).toEqual([
        "rule.term-too-long",
      ]);
      // From the last day of a month to the last day of a shorter one.
      expect(codes(charter({ active_time: { start: "2024-12-31", review: "2026-12-31" } }))).toEqual([]);
      const short: Config = { ...psf, workgroups: { ...psf.workgroups, max_term_months: 1 } };
      expect(codes(charter({ active_time: { start: "2025-01-31", review: "2025-02-28" } }), short)).toEqual(
        [],
      );
      expect(codes(charter({ active_time: { start: "2025-01-31", review: "2025-03-01" } }), short)).toEqual([
        "rule.term-too-long",
      ]);
      expect(codes(charter({ active_time: { start: "2024-01-31", review: "2024-02-29" } }), short)).toEqual(
        [],
      );
      const [f] = charterRules(charter({ active_time: { start: "2025-01-31", review: "2027-03-01" } }), {
        config: psf,
      });
      expect(f).toMatchObject({
        code: "rule.term-too-long",
        message: "The review date 2027-03-01 is more than 24 months after the start date 2025-01-31.",
        hint: "Choose a review date on or before 2027-01-31: work groups do not exist forever.",
      });
    });

    it("follows the configured maximum term", () => {
      const short: Config = { ...psf, workgroups: { ...psf.workgroups, max_term_months: 12 } };
      expect(codes(charter({ active_time: { start: "2025-01-15", review: "2026-01-15" } }), short)).toEqual(
        [],
      );
      expect(codes(charter({ active_time: { start: "2025-01-15", review: "2026-02-15" } }), short)).toEqual([
        "rule.term-too-long",
      ]);
    });

    it("wants an end date exactly when the work group has stopped", () => {
      const ended = { start: "2025-01-15", review: "2026-12-15", end: "2025-06-30" };
      expect(codes(charter({ status: "inactive", active_time: ended }))).toEqual([]);
      expect(codes(charter({ status: "retired", active_time: ended }))).toEqual([]);
      expect(codes(charter({ status: "active", active_time: ended }))).toEqual(["rule.end-while-active"]);
      expect(codes(charter({ status: "proposed", active_time: ended }))).toEqual(["rule.end-while-active"]);
      const open = { start: "2025-01-15", review: "2026-12-15" };
      const [f] = charterRules(charter({ status: "retired", active_time: open }), { config: psf });
      expect(f).toMatchObject({
        code: "rule.missing-end",
        path: ["status"],
        message: "A work group with status `retired` needs `active_time.end`, the date it stopped.",
      });
    });

    it("refuses an end before the start", () => {
      const c = charter({
        status: "inactive",
        active_time: { start: "2025-01-15", review: "2026-12-15", end: "2024-12-01" },
      });
      expect(codes(c)).toEqual(["rule.end-before-start"]);
    });

    it("reports every problem at once", () => {
      const c = charter({
        slug: "typing",
        status: "active",
        active_time: { start: "2025-01-15", review: "2025-01-01", end: "2024-01-01" },
        participants: { chairs: ["zed"], members: ["alice"] },
      });
      expect(codes(c).sort()).toEqual(
        [
          "rule.chair-not-member",
          "rule.end-before-start",
          "rule.end-while-active",
          "rule.review-before-start",
          "rule.slug-folder",
        ].sort(),
      );
    });
  });

  it("every finding has a plain message, and a hint where a fix is not obvious", () => {
    const c = charter({
      slug: "typing",
      status: "retired",
      active_time: { start: "2025-01-15", review: "2030-01-01" },
      participants: { chairs: ["zed"], members: ["alice"] },
    });
    const findings = charterRules(c, { config: psf, folderSlug: "packaging" });
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const f of findings) {
      expect(f.message).toMatch(/^[A-Z`].*[.]$/);
      expect(f.severity).toBe("error");
      expect(f.hint ?? "").not.toMatch(/undefined|\[object/);
    }
  });
});
