import { describe, expect, it } from "vitest";
import { members } from "../../../../src/decide/rules/charter-proposal/members.ts";
import { charter } from "../../fixtures.ts";
import { codes, expectAlone, run } from "./helpers.ts";

describe("members", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(members, charter({ status: "active", participants: { chairs: ["a"], members: ["a"] } }));
  });

  it("a proposal that says it is active is still counted, and told to say proposed", () => {
    expect(codes(run({ status: "active", participants: { chairs: ["a"], members: ["a"] } }))).toEqual([
      "error:rule.proposal-status",
      "error:rule.too-few-members",
    ]);
  });
});
