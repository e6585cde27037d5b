import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import { members } from "../../../../src/decide/rules/health/members.ts";
import { psf } from "../../fixtures.ts";
import { expectAlone, group, reasons } from "./helpers.ts";

const withMinimum = (n: number) => ({ ...psf, workgroups: { ...psf.workgroups, at_risk_min_members: n } });

describe("members", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(members, group({ chairs: ["ana"], members: ["ana"] }));
  });

  it("is 2 people in both presets", () => {
    expect(psf.workgroups.at_risk_min_members).toBe(2);
    expect(PRESETS.dsf.workgroups.at_risk_min_members).toBe(2);
  });

  it("exactly the minimum is healthy; one fewer is at risk, chairs counted", () => {
    expect(reasons(members, group({ chairs: ["ana"], members: ["ana", "ben"] }))).toEqual([]);
    expect(reasons(members, group({ chairs: ["ana"], members: ["ana"] }))).toEqual([
      "it has 1 member, chairs included; a work group needs at least 2",
    ]);
  });

  it("reads the minimum from the config", () => {
    const three = group({ chairs: ["ana"], members: ["ana", "ben", "cy"] });
    expect(reasons(members, three, withMinimum(3))).toEqual([]);
    expect(reasons(members, three, withMinimum(4))).toEqual([
      "it has 3 members, chairs included; a work group needs at least 4",
    ]);
  });

  it("points at the members list", () => {
    const found = members.check(group({ chairs: ["ana"], members: ["ana"] }), psf, new Date());
    expect(found.map((f) => f.path)).toEqual([["participants", "members"]]);
  });
});
