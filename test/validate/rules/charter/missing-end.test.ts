import { describe, it } from "vitest";
import { missingEnd } from "../../../../src/validate/rules/charter/missing-end.ts";
import { charter, expectAlone } from "./helpers.ts";

describe("missing-end", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(missingEnd, charter({ status: "retired" }));
  });
});
