import { describe, expect, it } from "vitest";
import { resourcesNone } from "../../../../src/decide/rules/charter-proposal/resources-none.ts";
import { charter } from "../../fixtures.ts";
import { expectAlone, run } from "./helpers.ts";

describe("resources-none", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(resourcesNone, charter({ support: { resources: ["A mailing list", "None"] } }));
  });

  it("points at the `None` item", () => {
    const [finding] = run({ support: { resources: ["A mailing list", "none."] } });
    expect(finding?.path).toEqual(["support", "resources", 1]);
  });
});
