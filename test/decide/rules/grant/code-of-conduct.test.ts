import { describe, expect, it } from "vitest";
import { codeOfConduct } from "../../../../src/decide/rules/grant/code-of-conduct.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, psf2026, withConfig } from "../../fixtures.ts";
import { codes, expectAlone } from "./helpers.ts";

describe("code-of-conduct", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(codeOfConduct, grant({ code_of_conduct: { url: "" } }));
  });

  it("Code of Conduct: the URL is required by psf, the contact by psf-2026", () => {
    const noUrl = grant({ code_of_conduct: { url: " " } });
    expect(codes(grantPolicy(noUrl, { config: psf, now: NOW }).findings)).toEqual([
      "error:rule.grant-code-of-conduct",
    ]);
    const noContact = grant({ code_of_conduct: { url: "https://pycon.example.org/coc" } });
    expect(grantPolicy(noContact, { config: psf, now: NOW }).findings).toEqual([]);
    expect(grantPolicy(noContact, { config: psf2026, now: NOW }).findings).toEqual([
      {
        severity: "error",
        code: "rule.grant-code-of-conduct-contact",
        path: ["code_of_conduct", "contact"],
        message: "The request does not say who handles Code of Conduct reports.",
        hint: "Add the email address or the name of the person or team attendees can report to.",
      },
    ]);
    const off = withConfig(psf, { grants: { require_code_of_conduct: false } });
    expect(grantPolicy(noUrl, { config: off, now: NOW }).findings).toEqual([]);
  });
});
