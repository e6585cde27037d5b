import { describe, expect, it } from "vitest";
import type { Config } from "../../../../src/config/types.ts";
import { tooFewMembers } from "../../../../src/validate/rules/charter/too-few-members.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, codes, expectAlone, psf } from "./helpers.ts";

describe("too-few-members", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(
      tooFewMembers,
      charter({ status: "proposed", participants: { chairs: ["alice"], members: ["alice"] } }),
    );
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
