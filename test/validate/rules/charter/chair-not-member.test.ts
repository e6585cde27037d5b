import { describe, expect, it } from "vitest";
import { chairNotMember } from "../../../../src/validate/rules/charter/chair-not-member.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, codes, expectAlone, psf } from "./helpers.ts";

describe("chair-not-member", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(
      chairNotMember,
      charter({ participants: { chairs: ["zed"], members: ["alice", "bob", "carol"] } }),
    );
  });

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
});
