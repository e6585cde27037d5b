import { describe, it } from "vitest";
import { status } from "../../../../src/decide/rules/charter-proposal/status.ts";
import { charter } from "../../fixtures.ts";
import { expectAlone } from "./helpers.ts";

describe("status", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(status, charter({ status: "active" }));
  });
});
