import { describe, expect, it } from "vitest";
import { depositAfterEvent } from "../../../../src/decide/rules/grant/deposit-after-event.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { NOW, psf } from "../../fixtures.ts";
import { advance, expectAlone } from "./helpers.ts";

describe("deposit-after-event", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(depositAfterEvent, advance("2027-03-01", "2027-02-15"));
  });

  it("a due date after the event starts is a warning; the lead time still counts to it", () => {
    const result = grantPolicy(advance("2027-03-01", "2027-02-15"), { config: psf, now: NOW });
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-deposit-after-event",
        path: ["deposit", "due_date"],
        message:
          "The deposit is due on 2027-03-01, after the event starts on 2027-02-15; a deposit advance pays deposits due before the event.",
        hint: "Check the due date. If the money is needed when the event takes place, request an event grant instead.",
      },
    ]);
  });
});
