import { describe, expect, it } from "vitest";
import { missionAlignment } from "../../../../src/decide/rules/charter-proposal/mission-alignment.ts";
import { charter } from "../../fixtures.ts";
import { codes, expectAlone, run } from "./helpers.ts";

describe("mission-alignment", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(missionAlignment, charter({ mission_alignment: "TBD" }));
  });

  it.each([
    [
      "a real sentence",
      "Teaching Python in schools grows the community the foundation exists to serve.",
      true,
    ],
    ["a placeholder", "TBD", false],
    ["an empty form field", "_No response_", false],
    ["too short to say anything", "It is about Python, really.", false],
    ["punctuation only", "-- -- -- -- -- -- -- --", false],
    ["TODO followed by words", "TODO: write how this relates to the mission later", false],
  ])("%s → ok %s", (_name, mission_alignment, ok) => {
    const findings = run({ mission_alignment });
    expect(codes(findings)).toEqual(ok ? [] : ["error:rule.proposal-mission-alignment"]);
  });

  it("names the organisation in the hint and quotes the text safely", () => {
    const [finding] = run({ mission_alignment: "See @board `x`" });
    expect(finding).toEqual({
      severity: "error",
      code: "rule.proposal-mission-alignment",
      path: ["mission_alignment"],
      message:
        "The mission alignment (`See @board 'x'`) does not say how the work group pertains to the foundation's mission.",
      hint: "In a sentence or two (at least 8 words), explain how the work group's purpose serves the mission of the Python Software Foundation: a work group must pertain to it.",
    });
  });
});
