import { describe, it } from "vitest";
import { noChair } from "../../../../src/decide/rules/charter-proposal/no-chair.ts";
import { charter } from "../../fixtures.ts";
import { expectAlone } from "./helpers.ts";

describe("no-chair", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(noChair, charter({ participants: { chairs: [], members: ["a", "b", "c"] } }));
  });
});
