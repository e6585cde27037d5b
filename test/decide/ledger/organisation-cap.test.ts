/**
 * The cap per organisation per year (psf-2026: 15,000 USD), counted from the grants ledger: over it, an error that
 * says what was already granted and what is left; under it with earlier grants this year, a warning that shows
 * them; the ledger's years also feed the fast track.
 */
import { describe, expect, it } from "vitest";
import { filingOf, grantInput } from "../../../src/decide/rules/grant/input.ts";
import { organisationCap } from "../../../src/decide/rules/grant/organisation-cap.ts";
import { organisationGranted } from "../../../src/decide/rules/grant/organisation-granted.ts";
import { grantPolicy } from "../../../src/decide/rules/grant.ts";
import type { GrantRequest } from "../../../src/generated/grant.ts";
import { grant, granted, NOW, psf, psf2026 } from "../fixtures.ts";

const ledger = [granted(31, 6000), granted(44, 1500, "2026-07-02"), granted(9, 7000, "2025-05-01")];
const request = (amount: number): GrantRequest =>
  grant({ requested: { amount, currency: "USD" }, budget: [{ description: "Venue", cost: amount }] });

function run(rule: typeof organisationCap, r: GrantRequest, entries = ledger, config = psf2026) {
  return rule.check(grantInput(r, config, filingOf(undefined, NOW), [], entries), config, NOW);
}

describe("the cap per organisation per year", () => {
  it("is an error over the cap, naming the grants already made and what is left", () => {
    expect(run(organisationCap, request(8000))).toEqual([
      {
        severity: "error",
        code: "rule.grant-organisation-cap",
        path: ["requested", "amount"],
        message:
          "PyCon Example was already granted 7,500 USD in 2026 (#31 6,000 USD, #44 1,500 USD); with this request, that is 15,500 USD. The foundation grants at most 15,000 USD to one organisation in a year.",
        hint: "Lower the amount requested to at most 7,500 USD, and the budget with it.",
      },
    ]);
  });

  it("says when nothing is left this year", () => {
    const full = [...ledger, granted(50, 7500, "2026-09-01", "pycon example")];
    expect(run(organisationCap, request(500), full)[0]?.hint).toBe(
      "PyCon Example has reached the cap for 2026; a grant decided in 2027 counts toward the next year's cap.",
    );
  });

  it("shows the grants already made this year while the request stays within the cap", () => {
    expect(run(organisationCap, request(7500))).toEqual([]);
    expect(run(organisationGranted, request(7500))).toEqual([
      {
        severity: "warning",
        code: "rule.grant-organisation-granted",
        path: ["organisation", "name"],
        message:
          "PyCon Example was already granted 7,500 USD in 2026 (#31 6,000 USD, #44 1,500 USD); with this request, that is 15,000 USD of the 15,000 USD one organisation may be granted in a year.",
        hint: "Nothing to change: this is for the Grants WG to weigh.",
      },
    ]);
  });

  it("says nothing for an organisation with no grant this year, or when the cap is off", () => {
    const other = grant({ organisation: { name: "Someone Else" } });
    expect(run(organisationGranted, other)).toEqual([]);
    expect(run(organisationCap, other)).toEqual([]);
    expect(run(organisationCap, request(8000), ledger, psf)).toEqual([]);
    expect(run(organisationGranted, request(100), ledger, psf)).toEqual([]);
  });

  it("runs with the other grant rules when the ledger is given, and feeds the fast track its years", () => {
    const policy = grantPolicy(request(8000), { config: psf2026, now: NOW, ledger });
    expect(policy.findings.map((f) => f.code)).toContain("rule.grant-organisation-cap");
    const small = grantPolicy(request(2000), { config: psf2026, now: NOW, ledger });
    expect(small.findings.find((f) => f.code === "rule.grant-fast-track")?.message).toContain("2026");
  });
});
