/** Shared by the grant rule tests: the requests the cases vary, and how they read findings. */
import { expect } from "vitest";
import type { Config } from "../../../../src/config/types.ts";
import { filingOf, type GrantRule, grantInput } from "../../../../src/decide/rules/grant/input.ts";
import type { Finding } from "../../../../src/finding.ts";
import type { GrantRequest } from "../../../../src/generated/grant.ts";
import { grant, NOW, psf } from "../../fixtures.ts";

export const codes = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.code}`);

/** The errors and warnings only: a case about one rule is not about the budget advice or the notes. */
export const problems = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error" || f.severity === "warning");

export const find = (findings: Finding[], code: string) => {
  const found = findings.filter((f) => f.code === code);
  expect(found, `exactly one ${code} in ${JSON.stringify(codes(findings))}`).toHaveLength(1);
  return found[0] as Finding;
};

/** One rule on its own, outside the list. */
export function alone(
  rule: GrantRule,
  request: GrantRequest,
  {
    config = psf,
    now = NOW,
    previousGrantYears = [] as readonly number[],
    filedAt = undefined as string | undefined,
  } = {},
): Finding[] {
  return rule.check(grantInput(request, config, filingOf(filedAt, now), previousGrantYears), config, now);
}

/** Runs the rule alone on a request it must find something in and on the default request (nothing to say). */
export function expectAlone(
  rule: GrantRule,
  firing: GrantRequest,
  options: { config?: Config; now?: Date; filedAt?: string } = {},
) {
  const found = alone(rule, firing, options);
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f).toMatchObject({ code: rule.code, severity: rule.severity });
  expect(alone(rule, grant(), options)).toEqual([]);
}

/** A 12,000 USD conference request (over the psf threshold) for an event on these dates. */
export const big = (start: string, end = start): GrantRequest =>
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

/** A deposit advance whose deposit is due on `due`, for an event starting on `start`. */
export const advance = (due: string, start = "2027-06-01", amount = 3000): GrantRequest =>
  grant(
    {
      grant_type: "deposit-advance",
      requested: { amount, currency: "USD" },
      budget: [{ description: "Venue deposit", cost: amount }],
      deposit: { quote: "https://example.org/venue-quote.pdf", due_date: due },
    },
    { start_date: start, end_date: start, expected_attendees: 10 },
  );

/** A sprint request for `amount` USD mentioning these previous grants. */
export const sprint = (amount: number, previous_grants?: string[]): GrantRequest =>
  grant({
    grant_type: "sprint",
    requested: { amount, currency: "USD" },
    budget: [{ description: "Venue", cost: amount }],
    previous_grants,
  });
