import { describe, expect, it } from "vitest";
import { endBeforeStart } from "../../../../src/decide/rules/grant/end-before-start.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";
import { expectAlone, find } from "./helpers.ts";

describe("end-before-start", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(endBeforeStart, grant({}, { start_date: "2027-03-20", end_date: "2027-03-19" }));
  });

  it("an end date before the start date is an error", () => {
    const { findings } = grantPolicy(grant({}, { start_date: "2027-03-20", end_date: "2027-03-19" }), {
      config: psf,
      now: NOW,
    });
    expect(find(findings, "rule.grant-end-before-start")).toMatchObject({
      severity: "error",
      path: ["event", "end_date"],
      message: "The event ends on 2027-03-19, before it starts on 2027-03-20.",
    });
  });
});
