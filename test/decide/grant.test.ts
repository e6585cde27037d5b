import { describe, expect, it } from "vitest";
import { grantPolicy, notCoveredKinds } from "../../src/decide/rules/grant.ts";
import type { GrantRequest } from "../../src/generated/grant.ts";
import type { Finding } from "../../src/validate/finding.ts";
import { grant, NOW, psf, psf2026, withConfig } from "./fixtures.ts";

const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}`);
const find = (findings: Finding[], code: string) => {
  const found = findings.filter((f) => f.code === code);
  expect(found, `exactly one ${code} in ${JSON.stringify(codes(findings))}`).toHaveLength(1);
  return found[0] as Finding;
};

describe("a request with nothing to say", () => {
  it("has no findings, no flags, and the figures", () => {
    const result = grantPolicy(grant(), { config: psf, now: NOW });
    expect(result).toEqual({
      findings: [],
      flags: { overThreshold: false, late: false, shortNotice: false, notCovered: [] },
      amountInBase: 8000,
      countedBudget: 8000,
    });
  });
});

describe("lead time", () => {
  it.each([
    ["exactly 42 days before", "2027-01-04", false],
    ["41 days before", "2027-01-03", true],
    ["1 day before", "2026-11-24", true],
    ["117 days before", "2027-03-20", false],
  ])("%s the event (%s): late %s", (_name, start, late) => {
    const result = grantPolicy(grant({}, { start_date: start, end_date: start, expected_attendees: 1000 }), {
      config: psf,
      now: NOW,
    });
    expect(result.flags.late).toBe(late);
    expect(codes(result.findings)).toEqual(late ? ["warning:rule.grant-late"] : []);
  });

  it("explains a late request, and by when it should have been filed", () => {
    const { findings } = grantPolicy(grant({}, { start_date: "2027-01-03", end_date: "2027-01-04" }), {
      config: psf,
      now: NOW,
    });
    expect(find(findings, "rule.grant-late")).toEqual({
      severity: "warning",
      code: "rule.grant-late",
      path: ["event", "start_date"],
      message:
        "The event starts on 2027-01-03, 41 days from now. Requests must be filed at least 42 days (6 weeks) before the event, so this one should have been filed by 2026-11-22; it may be declined.",
      hint: "The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
    });
  });

  it("counts from the UTC date of now, whatever the time of day", () => {
    const late = grantPolicy(grant({}, { start_date: "2027-01-04", end_date: "2027-01-04" }), {
      config: psf,
      now: new Date("2026-11-23T23:59:59Z"),
    });
    expect(late.flags.late).toBe(false);
  });

  it.each([
    [
      "today",
      "2026-11-23",
      "The event starts today (2026-11-23): grants are decided before an event, not during or after it.",
    ],
    [
      "yesterday",
      "2026-11-22",
      "The event started on 2026-11-22, which has passed: grants are decided before an event, not during or after it.",
    ],
  ])("an event that started %s is an error, not also a late one", (_name, start, message) => {
    const result = grantPolicy(grant({}, { start_date: start, end_date: "2026-11-24" }), {
      config: psf,
      now: NOW,
    });
    expect(codes(result.findings)).toEqual(["error:rule.grant-event-started"]);
    expect(find(result.findings, "rule.grant-event-started").message).toBe(message);
    expect(result.flags.late).toBe(true);
  });

  it("the minimum comes from the config", () => {
    const config = withConfig(psf, { grants: { minimum_lead_days: 30 } });
    const result = grantPolicy(grant({}, { start_date: "2026-12-23", end_date: "2026-12-23" }), {
      config,
      now: NOW,
    });
    expect(result.flags.late).toBe(false);
    const late = grantPolicy(grant({}, { start_date: "2026-12-22", end_date: "2026-12-22" }), {
      config,
      now: NOW,
    });
    expect(find(late.findings, "rule.grant-late").message).toContain("at least 30 days before the event");
  });
});

describe("over the board threshold", () => {
  const big = (start: string, end = start): GrantRequest =>
    grant(
      {
        requested: { amount: 12000, currency: "USD" },
        budget: [
          { description: "Venue rental", cost: 9000 },
          { description: "Catering", cost: 3000 },
        ],
      },
      { start_date: start, end_date: end, expected_attendees: 1000 },
    );

  it("a 12,000 USD request filed 60 days before the event: short notice, names the meeting", () => {
    const result = grantPolicy(big("2027-01-22", "2027-01-23"), { config: psf, now: NOW });
    expect(result.flags).toEqual({ overThreshold: true, late: false, shortNotice: true, notCovered: [] });
    expect(result.reviewingMeeting).toBe("2027-01-13");
    expect(result.amountInBase).toBe(12000);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-over-threshold",
        path: ["requested", "amount"],
        message:
          "The amount requested, 12,000 USD, is over 10,000 USD: the Grants WG reviews the request and makes a recommendation, then the board decides.",
        hint: undefined,
      },
      {
        severity: "warning",
        code: "rule.grant-short-notice",
        path: ["event", "start_date"],
        message:
          "Requests over 10,000 USD should be filed at least 90 days before the event, because the board decides them; this one is 60 days before. The board meets every other month; the next meeting that can review it is 2027-01-13, 9 days before the event.",
        hint: "If the event cannot wait for the board, say so in the request, or ask for at most 10,000 USD, which the Grants WG decides alone.",
      },
    ]);
  });

  it("exactly 90 days before: no short notice; 89: short notice", () => {
    expect(grantPolicy(big("2027-02-21"), { config: psf, now: NOW }).flags.shortNotice).toBe(false);
    expect(grantPolicy(big("2027-02-20"), { config: psf, now: NOW }).flags.shortNotice).toBe(true);
  });

  it("says when the only meeting that can review it is after the event starts", () => {
    const result = grantPolicy(big("2027-03-01"), { config: psf, now: new Date("2027-01-08T10:00:00Z") });
    expect(result.reviewingMeeting).toBe("2027-03-10");
    expect(find(result.findings, "rule.grant-short-notice").message).toContain(
      "this one is 52 days before. The board meets every other month; the next meeting that can review it is 2027-03-10, 9 days after the event starts.",
    );
  });

  it("says when the meeting is the day the event starts", () => {
    const result = grantPolicy(big("2027-03-10"), { config: psf, now: new Date("2027-01-08T10:00:00Z") });
    expect(find(result.findings, "rule.grant-short-notice").message).toMatch(
      /is 2027-03-10, the day the event starts\.$/,
    );
  });

  it("with explicit dates and none left, says no meeting is scheduled", () => {
    const config = withConfig(psf, { board: { meeting_dates: ["2026-12-02"] } });
    const result = grantPolicy(big("2027-01-22"), { config, now: new Date("2026-11-28T10:00:00Z") });
    expect(result.reviewingMeeting).toBeUndefined();
    expect("reviewingMeeting" in result).toBe(false);
    expect(find(result.findings, "rule.grant-short-notice").message).toMatch(
      /The board meets on scheduled dates; no board meeting is scheduled after 2026-11-28 yet, so it is not known when the board can review it\.$/,
    );
  });

  it("late and over the threshold: both flags, both findings", () => {
    const result = grantPolicy(big("2026-12-20"), { config: psf, now: NOW });
    expect(result.flags).toMatchObject({ overThreshold: true, late: true, shortNotice: true });
    expect(codes(result.findings)).toEqual([
      "warning:rule.grant-over-threshold",
      "warning:rule.grant-late",
      "warning:rule.grant-short-notice",
    ]);
  });

  it("filed early enough: over the threshold only, and the meeting is still reported", () => {
    const result = grantPolicy(big("2027-03-20"), { config: psf, now: NOW });
    expect(result.flags).toEqual({ overThreshold: true, late: false, shortNotice: false, notCovered: [] });
    expect(result.reviewingMeeting).toBe("2027-01-13");
    expect(codes(result.findings)).toEqual(["warning:rule.grant-over-threshold"]);
  });

  it.each([
    [10000, false],
    [10000.004, false],
    [10001, true],
  ])("%d USD over the threshold: %s", (amount, over) => {
    const result = grantPolicy(
      grant({ requested: { amount, currency: "USD" }, budget: [{ description: "Venue", cost: amount }] }),
      { config: psf, now: NOW },
    );
    expect(result.flags.overThreshold).toBe(over);
  });
});

describe("currencies", () => {
  it("converts EUR to USD: 10,000 EUR is 10,800 USD, over the threshold", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 10000, currency: "EUR" },
        budget: [
          { description: "Venue rental", cost: 7000 },
          { description: "Catering", cost: 3000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBe(10800);
    expect(result.countedBudget).toBeCloseTo(10800, 6);
    expect(result.flags.overThreshold).toBe(true);
    expect(find(result.findings, "rule.grant-over-threshold").message).toBe(
      "The amount requested, 10,000 EUR (10,800 USD), is over 10,000 USD: the Grants WG reviews the request and makes a recommendation, then the board decides.",
    );
  });

  it("9,000 EUR (9,720 USD) is under the threshold", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 9000, currency: "EUR" }, budget: [{ description: "Venue", cost: 9000 }] }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBeCloseTo(9720, 6);
    expect(result.flags.overThreshold).toBe(false);
    expect(result.findings).toEqual([]);
  });

  it("adds up items in other currencies, converted", () => {
    // 500 EUR = 540 USD; 540 + 460 = 1,000 USD.
    const result = grantPolicy(
      grant({
        requested: { amount: 1000, currency: "USD" },
        budget: [
          { description: "Venue", cost: 500, currency: "EUR" },
          { description: "Catering", cost: 460 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(result.findings).toEqual([]);
    expect(result.countedBudget).toBeCloseTo(1000, 6);
  });

  it("a currency without a rate is an error naming it and the accepted currencies", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 8000, currency: "CHF" }, budget: [{ description: "Venue", cost: 8000 }] }),
      { config: psf, now: NOW },
    );
    expect(result.amountInBase).toBeNaN();
    expect(result.countedBudget).toBeNaN();
    expect(result.flags.overThreshold).toBe(false);
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "rule.grant-unknown-currency",
        path: ["requested", "currency"],
        message:
          "The currency CHF has no exchange rate in the configuration; the accepted currencies are USD, AUD, BRL, CAD, EUR, GBP, INR, JPY and NGN.",
        hint: "Give the amount in one of USD, AUD, BRL, CAD, EUR, GBP, INR, JPY or NGN, or ask the maintainers of this repository to add a rate for CHF under `currency_rates`.",
      },
    ]);
  });

  it("a budget item in a currency without a rate: an error on the item, no sum check", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000, currency: "CHF" },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(result.findings)).toEqual(["error:rule.grant-unknown-currency"]);
    expect(result.findings[0]?.path).toEqual(["budget", 1, "currency"]);
    expect(result.countedBudget).toBeNaN();
  });
});

describe("items not covered", () => {
  it("a swag item is flagged, warned about and not counted", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue rental", cost: 5000 },
          { description: "Catering", cost: 3000 },
          { description: "Conference T-shirts", category: "Swag", cost: 500 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(result.flags.notCovered).toEqual(["swag"]);
    expect(result.countedBudget).toBe(8000);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-not-covered",
        path: ["budget", 2],
        message: "The budget item `Conference T-shirts` (500 USD) is not covered: swag; it is not counted.",
        hint: "Grants do not cover swag. Remove the item, and its cost from the amount requested; other funding can pay for it.",
      },
    ]);
  });

  it("when the swag is in the amount requested, says that it makes the difference", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 8500, currency: "USD" },
        budget: [
          { description: "Venue rental", cost: 5000 },
          { description: "Catering", cost: 3000 },
          { description: "Stickers and lanyards", cost: 500 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(result.findings)).toEqual(["warning:rule.grant-not-covered", "error:rule.grant-budget-sum"]);
    expect(find(result.findings, "rule.grant-budget-sum")).toEqual({
      severity: "error",
      code: "rule.grant-budget-sum",
      path: ["budget"],
      message:
        "The budget items that are covered add up to 8,000 USD, but the amount requested is 8,500 USD: 500 USD less. The difference is the items that are not covered (`Stickers and lanyards`: 500 USD), which are not counted.",
      hint: "Lower the amount requested to 8,000 USD and remove the items that are not covered.",
    });
  });

  it.each([
    ["Swag", undefined, ["swag"]],
    ["Conference t-shirts", undefined, ["swag"]],
    ["Speaker gifts", "MERCH", ["swag"]],
    ["Swagger / OpenAPI workshop materials", undefined, []],
    ["Sticker printer rental", undefined, []],
    ["Tshirts", "clothing", ["swag"]],
    ["Merch table", undefined, ["swag"]],
    ["Venue", "venue", []],
  ])("psf: %s (category %s) → %j", (description, category, expected) => {
    expect(notCoveredKinds({ description, category }, psf)).toEqual(expected);
  });

  it.each([
    ["Hackathon prizes", ["prizes", "hackathons"]],
    ["Flights for organisers", ["personal travel"]],
    ["Personal   travel of the chair", ["personal travel"]],
    ["Travel grants for speakers", []],
    ["Raffle and swag", ["swag", "prizes"]],
  ])("psf-2026: %s → %j", (description, expected) => {
    expect(notCoveredKinds({ description }, psf2026)).toEqual(expected);
  });

  it("lists every kind found once, in config order", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 1000, currency: "USD" },
        budget: [
          { description: "Venue", cost: 1000 },
          { description: "Hackathon prizes", cost: 300 },
          { description: "Stickers", cost: 50 },
          { description: "More stickers", cost: 50 },
        ],
      }),
      { config: psf2026, now: NOW },
    );
    expect(result.flags.notCovered).toEqual(["swag", "prizes", "hackathons"]);
    expect(
      find(
        result.findings.filter((f) => f.path[1] === 1),
        "rule.grant-not-covered",
      ).message,
    ).toBe(
      "The budget item `Hackathon prizes` (300 USD) is not covered: prizes and hackathons; it is not counted.",
    );
  });

  it("neutralises Markdown and mentions in an echoed description", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue rental", cost: 5000 },
          { description: "Catering", cost: 3000 },
          { description: "swag for @everyone `rm -rf`", cost: 10 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-not-covered").message).toContain(
      "`swag for @everyone 'rm -rf'`",
    );
  });
});

describe("a budget that does not add up", () => {
  it.each([
    ["adds up exactly", 8000, []],
    ["1 unit less: rounding", 7999, []],
    ["half a unit more: rounding", 8000.5, []],
    ["a little over 1 unit less", 7998.9, ["error:rule.grant-budget-sum"]],
    ["1,000 less", 7000, ["error:rule.grant-budget-sum"]],
    ["2,000 more", 10000, ["error:rule.grant-budget-sum"]],
  ])("%s", (_name, total, expected) => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: total - 5000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(codes(result.findings)).toEqual(expected);
  });

  it("states both sums and the difference", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum")).toEqual({
      severity: "error",
      code: "rule.grant-budget-sum",
      path: ["budget"],
      message: "The budget items add up to 7,000 USD, but the amount requested is 8,000 USD: 1,000 USD less.",
      hint: "Make them match: correct a cost, add the missing item, or change the amount requested.",
    });
  });

  it("items that are not covered but do not explain the difference are still mentioned", () => {
    const result = grantPolicy(
      grant({
        budget: [
          { description: "Venue", cost: 5000 },
          { description: "Catering", cost: 2000 },
          { description: "Swag", cost: 200 },
        ],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum").message).toBe(
      "The budget items that are covered add up to 7,000 USD, but the amount requested is 8,000 USD: 1,000 USD less. Items that are not covered (`Swag`: 200 USD) are not counted.",
    );
  });

  it("states amounts with cents when they have some", () => {
    const result = grantPolicy(
      grant({
        requested: { amount: 1234.5, currency: "EUR" },
        budget: [{ description: "Venue", cost: 1000 }],
      }),
      { config: psf, now: NOW },
    );
    expect(find(result.findings, "rule.grant-budget-sum").message).toBe(
      "The budget items add up to 1,000 EUR, but the amount requested is 1,234.50 EUR: 234.50 EUR less.",
    );
  });
});

describe("the rest of the policy", () => {
  it("no other funding sources: a warning", () => {
    for (const other_funding of [undefined, [], ["  "]]) {
      const { findings } = grantPolicy(grant({ other_funding }), { config: psf, now: NOW });
      expect(findings).toEqual([
        {
          severity: "warning",
          code: "rule.grant-no-other-funding",
          path: ["other_funding"],
          message: "No other funding sources are listed.",
          hint: "List the sponsors, ticket sales and other grants that also fund the event (or say that there are none yet): the Grants WG weighs how the event is funded as a whole.",
        },
      ]);
    }
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

describe("deposit advances", () => {
  const advance = (due: string, start = "2027-06-01", amount = 3000): GrantRequest =>
    grant(
      {
        grant_type: "deposit-advance",
        requested: { amount, currency: "USD" },
        budget: [{ description: "Venue deposit", cost: amount }],
        deposit: { quote: "https://example.org/venue-quote.pdf", due_date: due },
      },
      { start_date: start, end_date: start, expected_attendees: 10 },
    );

  it("counts the lead time to the due date: 27 days before it is late, though the event is months away", () => {
    const result = grantPolicy(advance("2026-12-20"), { config: psf, now: NOW });
    expect(result.flags.late).toBe(true);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-late",
        path: ["deposit", "due_date"],
        message:
          "The deposit is due on 2026-12-20, 27 days from now. Requests must be filed at least 42 days (6 weeks) before the deposit is due, so this one should have been filed by 2026-11-08; it may be declined.",
        hint: "The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.",
      },
    ]);
  });

  it.each([
    ["exactly 42 days before the due date", "2027-01-04", false],
    ["41 days before the due date", "2027-01-03", true],
  ])("%s (%s): late %s", (_name, due, late) => {
    expect(grantPolicy(advance(due), { config: psf, now: NOW }).flags.late).toBe(late);
  });

  it("is exempt from the per-attendee guide (10 attendees, 3,000 USD)", () => {
    expect(grantPolicy(advance("2027-02-01"), { config: psf, now: NOW }).findings).toEqual([]);
  });

  it("a due date that has passed is an error", () => {
    const result = grantPolicy(advance("2026-11-20"), { config: psf, now: NOW });
    expect(codes(result.findings)).toEqual(["error:rule.grant-deposit-past"]);
    expect(result.flags.late).toBe(true);
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

  it("over the threshold with short notice: compares the meeting with the due date", () => {
    const result = grantPolicy(advance("2027-01-22", "2027-09-01", 12000), { config: psf, now: NOW });
    expect(result.flags).toMatchObject({ overThreshold: true, shortNotice: true, late: false });
    expect(find(result.findings, "rule.grant-short-notice")).toMatchObject({
      path: ["deposit", "due_date"],
      message:
        "Requests over 10,000 USD should be filed at least 90 days before the deposit is due, because the board decides them; this one is 60 days before. The board meets every other month; the next meeting that can review it is 2027-01-13, 9 days before the deposit is due.",
    });
  });
});

describe("psf-2026: caps and the fast track", () => {
  it.each([
    ["conference", 8000, []],
    ["conference", 8001, ["error:rule.grant-over-cap"]],
    ["workshop", 1500, []],
    ["workshop", 1600, ["error:rule.grant-over-cap"]],
    ["sprint", 5000, []],
  ] as const)("%s of %d USD → %j", (grant_type, amount, expected) => {
    const result = grantPolicy(
      grant({
        grant_type,
        requested: { amount, currency: "USD" },
        budget: [{ description: "Venue", cost: amount }],
      }),
      { config: psf2026, now: NOW },
    );
    expect(codes(result.findings)).toEqual(expected);
  });

  it("states the cap", () => {
    const result = grantPolicy(
      grant({ requested: { amount: 9000, currency: "EUR" }, budget: [{ description: "Venue", cost: 9000 }] }),
      { config: psf2026, now: NOW },
    );
    expect(find(result.findings, "rule.grant-over-cap")).toEqual({
      severity: "error",
      code: "rule.grant-over-cap",
      path: ["requested", "amount"],
      message: "A conference grant is capped at 8,000 USD; this request is for 9,000 EUR (9,720 USD).",
      hint: "Lower the amount requested to at most 8,000 USD, and the budget with it.",
    });
  });

  it("the psf preset has no caps", () => {
    const result = grantPolicy(
      grant({
        grant_type: "workshop",
        requested: { amount: 5000, currency: "USD" },
        budget: [{ description: "Venue", cost: 5000 }],
      }),
      { config: psf, now: NOW },
    );
    expect(result.findings).toEqual([]);
  });

  const sprint = (amount: number, previous_grants?: string[]): GrantRequest =>
    grant({
      grant_type: "sprint",
      requested: { amount, currency: "USD" },
      budget: [{ description: "Venue", cost: amount }],
      previous_grants,
    });

  it("≤ 2,500 USD and a grant in the last 3 years: eligible for the fast track", () => {
    const result = grantPolicy(sprint(1200, ["2025: 1,000 USD for PyData Example 2025"]), {
      config: psf2026,
      now: NOW,
    });
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "rule.grant-fast-track",
        path: ["previous_grants"],
        message:
          "This request may be eligible for the fast track: it is at most 2,500 USD and the foundation funded this event or organisation in 2025.",
        hint: "The Grants WG confirms the earlier grant; name the event it was for if the request does not say.",
      },
    ]);
  });

  it.each<[string, number, string[] | undefined, readonly number[] | undefined, boolean]>([
    ["a grant 3 years ago (2023)", 1200, ["PyData Example 2023"], undefined, true],
    ["a grant 4 years ago (2022)", 1200, ["PyData Example 2022"], undefined, false],
    ["no year mentioned", 1200, ["Yes, once"], undefined, false],
    ["no previous grants", 1200, undefined, undefined, false],
    ["a year in the future only", 1200, ["Planned for 2029"], undefined, false],
    ["a figure that is not a year", 1200, ["12024 USD"], undefined, false],
    ["exactly 2,500 USD", 2500, ["2024"], undefined, true],
    ["a year from the foundation's records", 1200, undefined, [2024], true],
  ])("%s → %s", (_name, amount, previous, years, eligible) => {
    const result = grantPolicy(sprint(amount, previous), {
      config: psf2026,
      now: NOW,
      ...(years ? { previousGrantYears: years } : {}),
    });
    expect(result.findings.some((f) => f.code === "rule.grant-fast-track")).toBe(eligible);
  });

  it("above 2,500 USD: no fast track", () => {
    const result = grantPolicy(
      grant({
        grant_type: "sprint",
        requested: { amount: 2600, currency: "USD" },
        budget: [{ description: "Venue", cost: 2600 }],
        previous_grants: ["2025"],
      }),
      { config: psf2026, now: NOW },
    );
    expect(result.findings).toEqual([]);
  });

  it("the psf preset has no fast track", () => {
    expect(grantPolicy(sprint(1200, ["2025"]), { config: psf, now: NOW }).findings).toEqual([]);
  });

  it("the fast track from the records points at the amount", () => {
    const result = grantPolicy(sprint(1200), { config: psf2026, now: NOW, previousGrantYears: [2026] });
    expect(find(result.findings, "rule.grant-fast-track").path).toEqual(["requested", "amount"]);
  });
});
