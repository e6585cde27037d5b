import { describe, expect, it } from "vitest";
import { depositPast } from "../../../../src/decide/rules/grant/deposit-past.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { NOW, psf } from "../../fixtures.ts";
import { advance, codes, expectAlone } from "./helpers.ts";

describe("deposit-past", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(depositPast, advance("2026-11-20"));
  });

  it("a due date that has passed is an error", () => {
    const result = grantPolicy(advance("2026-11-20"), { config: psf, now: NOW });
    expect(codes(result.findings)).toEqual(["error:rule.grant-deposit-past"]);
    expect(result.flags.late).toBe(true);
  });
});
