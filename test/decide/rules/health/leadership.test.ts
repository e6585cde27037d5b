import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../../src/config/presets.ts";
import { leadership, leadershipNeeded } from "../../../../src/decide/rules/health/leadership.ts";
import { psf } from "../../fixtures.ts";
import { expectAlone, group, reasons } from "./helpers.ts";

const dsf = PRESETS.dsf;
const CO_CHAIR =
  "it has 1 chair; a work group needs a chair and a co-chair (list both under `participants.chairs`)";
const LIAISON =
  "its charter names no board liaison: a board member who links the work group to the board (`participants.board_liaison`)";

describe("leadership", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(leadership, group({ chairs: ["ana"] }), dsf);
  });

  it("dsf: one chair and no liaison give two reasons, chairs first, each pointing where the charter says it", () => {
    expect(reasons(leadership, group({ chairs: ["ana"] }), dsf)).toEqual([CO_CHAIR, LIAISON]);
    expect(leadership.check(group({ chairs: ["ana"] }), dsf, new Date()).map((f) => f.path)).toEqual([
      ["participants", "chairs"],
      ["participants"],
    ]);
  });

  it("dsf: each gap alone; exactly 2 chairs and a liaison is healthy", () => {
    expect(reasons(leadership, group({ chairs: ["ana"], liaison: "bea" }), dsf)).toEqual([CO_CHAIR]);
    expect(reasons(leadership, group({ chairs: ["ana", "ben"] }), dsf)).toEqual([LIAISON]);
    expect(reasons(leadership, group({ chairs: ["ana", "ben"], liaison: "bea" }), dsf)).toEqual([]);
  });

  it("psf asks for one chair and no liaison: nothing to say", () => {
    expect(reasons(leadership, group({ chairs: ["ana"] }), psf)).toEqual([]);
  });

  it("more than 2 chairs asked: the number is said", () => {
    const three = {
      ...psf,
      workgroups: { ...psf.workgroups, leadership: { chairs: 3, board_liaison: false } },
    };
    expect(reasons(leadership, group({ chairs: ["ana", "ben"] }), three)).toEqual([
      "it has 2 chairs; a work group needs at least 3 (under `participants.chairs`)",
    ]);
    expect(reasons(leadership, group({ chairs: ["ana", "ben", "cy"] }), three)).toEqual([]);
  });

  it("is needed beyond the one chair every charter has only when the config asks for more", () => {
    expect(leadershipNeeded(psf)).toBe(false);
    expect(leadershipNeeded(dsf)).toBe(true);
    const liaisonOnly = {
      ...psf,
      workgroups: { ...psf.workgroups, leadership: { chairs: 1, board_liaison: true } },
    };
    expect(leadershipNeeded(liaisonOnly)).toBe(true);
  });
});
