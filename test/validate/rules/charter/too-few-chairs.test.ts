import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import type { Config } from "../../../../src/config/types.ts";
import { tooFewChairs } from "../../../../src/validate/rules/charter/too-few-chairs.ts";
import { charterRules } from "../../../../src/validate/rules/charter.ts";
import { charter, psf } from "./helpers.ts";

const dsf = PRESETS.dsf;
const check = (c: ReturnType<typeof charter>, config: Config = dsf) =>
  tooFewChairs.check({ charter: c, folderSlug: "packaging" }, config, new Date(Number.NaN));
const proposal = (chairs: string[]) =>
  charter({
    status: "proposed",
    participants: { chairs, members: [...new Set([...chairs, "bob", "carol"])] },
  });

describe("too-few-chairs", () => {
  it("dsf: a proposal needs a chair and a co-chair; one chair is an error at the chairs, two are enough", () => {
    const [f, ...more] = check(proposal(["alice"]));
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      severity: "error",
      code: "rule.too-few-chairs",
      path: ["participants", "chairs"],
      message: "The charter lists 1 chair; a work group needs a chair and a co-chair.",
      hint: "List both under `participants.chairs` (each of them under `participants.members` too).",
    });
    expect(check(proposal(["alice", "bob"]))).toEqual([]);
  });

  it("psf asks for one chair: a proposal with one is fine", () => {
    expect(check(proposal(["alice"]), psf)).toEqual([]);
    expect(charterRules(proposal(["alice"]), { config: psf })).toEqual([]);
  });

  it("follows a configured number above two, in its own words", () => {
    const three: Config = {
      ...dsf,
      workgroups: { ...dsf.workgroups, leadership: { chairs: 3, board_liaison: false } },
    };
    expect(check(proposal(["alice", "bob"]), three)[0]).toMatchObject({
      message: "The charter lists 2 chairs; a work group needs at least 3.",
      hint: "List 3 chairs under `participants.chairs` (each of them under `participants.members` too).",
    });
    expect(check(proposal(["alice", "bob", "carol"]), three)).toEqual([]);
  });

  it("leaves a chartered group that lost a chair to leadership-at-risk, and no chair at all to no-chair", () => {
    expect(check(charter({ participants: { chairs: ["alice"], members: ["alice", "bob"] } }))).toEqual([]);
    expect(check(proposal([]))).toEqual([]);
  });
});
