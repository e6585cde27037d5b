import { describe, expect, it } from "vitest";
import { codeOfConductContact } from "../../../../src/decide/rules/grant/code-of-conduct-contact.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026 } from "../../fixtures.ts";
import { alone, codes, expectAlone } from "./helpers.ts";

describe("code-of-conduct-contact", () => {
  const noContact = grant({ code_of_conduct: { url: "https://pycon.example.org/coc" } });

  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(codeOfConductContact, noContact, { config: psf2026 });
  });

  it("psf-2026 requires a contact, psf does not; a blank one is none", () => {
    expect(alone(codeOfConductContact, noContact, { config: psf })).toEqual([]);
    const blank = grant({ code_of_conduct: { url: "https://pycon.example.org/coc", contact: "  " } });
    expect(codes(grantPolicy(blank, { config: psf2026, now: NOW }).findings)).toEqual([
      "error:rule.grant-code-of-conduct-contact",
    ]);
  });
});
