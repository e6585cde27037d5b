import { describe, expect, it } from "vitest";
import { resources } from "../../../../src/decide/rules/charter-proposal/resources.ts";
import { charter } from "../../fixtures.ts";
import { codes, expectAlone, run } from "./helpers.ts";

describe("resources", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(resources, charter({ support: { resources: ["TBD"] } }));
  });

  it.each<[string, string[], string[]]>([
    ["listed", ["A mailing list"], []],
    ["None", ["None"], []],
    ["n/a", ["N/A"], []],
    ["a placeholder", ["TBD"], ["error:rule.proposal-resources"]],
    ["only placeholders", ["?", "to be determined"], ["error:rule.proposal-resources"]],
    ["an empty form field", ["_No response_"], ["error:rule.proposal-resources"]],
    ["a placeholder beside a real item", ["A mailing list", "TBD"], []],
    ["None beside other items", ["A mailing list", "None"], ["warning:rule.proposal-resources-none"]],
    ["nothing at all", [], ["error:rule.proposal-resources"]],
  ])("%s", (_name, resources, expected) => {
    expect(codes(run({ support: { resources } }))).toEqual(expected);
  });
});
