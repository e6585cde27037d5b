import { describe, expect, it } from "vitest";
import { aboveGuide } from "../../../../src/decide/rules/grant/above-guide.ts";
import { grantPolicy } from "../../../../src/decide/rules/grant.ts";
import { grant, NOW, psf, withConfig } from "../../fixtures.ts";
import { advance, codes, expectAlone, find } from "./helpers.ts";

describe("above-guide", () => {
  it("finds something on its own, with the code and severity it declares", () => {
    expectAlone(aboveGuide, grant({}, { expected_attendees: 10 }));
  });

  it("above the per-attendee guide: may be approved for less, with the figure", () => {
    const { findings } = grantPolicy(
      grant({}, { expected_attendees: 100, start_date: "2027-03-20", end_date: "2027-03-20" }),
      {
        config: psf,
        now: NOW,
      },
    );
    expect(findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-above-guide",
        path: ["requested", "amount"],
        message:
          "The amount requested, 8,000 USD, is more than the guide of 15 USD per attendee per day: 100 attendees × 1 day gives 1,500 USD. The grant may be approved for less.",
        hint: "Explain in the request what makes the event need more (travel support, accessibility, childcare…), or lower the amount.",
      },
    ]);
  });

  it.each([
    ["267 attendees × 2 days = 8,010 USD: under the guide", 267, psf, "conference", []],
    ["266 attendees × 2 days = 7,980 USD: above", 266, psf, "conference", ["warning:rule.grant-above-guide"]],
    ["the guide turned off", 10, withConfig(psf, { grants: { per_attendee_per_day: 0 } }), "conference", []],
  ] as const)("%s", (_name, attendees, config, grant_type, expected) => {
    const { findings } = grantPolicy(grant({ grant_type }, { expected_attendees: attendees }), {
      config,
      now: NOW,
    });
    expect(codes(findings)).toEqual(expected);
  });

  it("a guide in a converted currency is stated in the base currency", () => {
    const { findings } = grantPolicy(
      grant(
        { requested: { amount: 2000, currency: "EUR" }, budget: [{ description: "Venue", cost: 2000 }] },
        { expected_attendees: 50 },
      ),
      { config: psf, now: NOW },
    );
    expect(find(findings, "rule.grant-above-guide").message).toBe(
      "The amount requested, 2,000 EUR (2,160 USD), is more than the guide of 15 USD per attendee per day: 50 attendees × 2 days gives 1,500 USD. The grant may be approved for less.",
    );
  });

  it("is exempt from the per-attendee guide (10 attendees, 3,000 USD)", () => {
    expect(grantPolicy(advance("2027-02-01"), { config: psf, now: NOW }).findings).toEqual([]);
  });
});
