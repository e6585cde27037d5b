import { describe, expect, it } from "vitest";
import { otherFunding } from "../../../../src/decide/rules/grant/other-funding.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { expectAlone } from "./helpers.ts";

describe("other-funding", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(otherFunding, grant({ other_funding: [] }));
  });

  it("no other funding sources: a suggestion", () => {
    for (const other_funding of [undefined, [], ["  "]]) {
      const { findings } = grantPolicy(grant({ other_funding }), { config: psf, now: NOW });
      expect(findings).toEqual([
        {
          severity: "suggestion",
          code: "rule.grant-no-other-funding",
          path: ["other_funding"],
          message: "No other funding sources are listed.",
          hint: "List the sponsors, ticket sales and other grants that also fund the event, or say that there are none yet: the Grants WG weighs how the event is funded as a whole.",
        },
      ]);
    }
  });
});
