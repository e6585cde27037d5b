/**
 * The grants ledger's pure parts: the record a final decision becomes (amounts at the recorded rate, the file's path
 * and text), whether the ledger already holds it, and the totals and organisation matching the cap and the
 * dashboard read.
 */
import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../../../src/decide/decision-record.ts";
import { ledgerFile, ledgerHolds, ledgerPath, ledgerSlug } from "../../../src/decide/ledger.ts";
import {
  fundedYears,
  grantedTo,
  type LedgerEntry,
  organisationKey,
  sameOrganisation,
  websiteKey,
  yearlyTotals,
} from "../../../src/decide/ledger-totals.ts";
import type { GrantRecord } from "../../../src/generated/ledger.ts";
import { snapshotOf } from "../../../src/repo/snapshot.ts";
import { validateRepository } from "../../../src/validate/repository.ts";
import { grant, psf } from "../fixtures.ts";

const board: DecisionRecord & { outcome: "approved" } = {
  by: "bea",
  decision: "approve",
  amount: 9720,
  currency: "USD",
  local: { currency: "EUR", rate: 1.08, amount: 9000 },
  at: "2027-01-13T18:00:00Z",
  command: "board",
  outcome: "approved",
  comment: 880,
};
const recommendation: DecisionRecord = {
  by: "gwen",
  decision: "approve",
  amount: 9720,
  currency: "USD",
  at: "2026-12-20T10:00:00Z",
  command: "recommend",
  outcome: "board-review",
  meeting: "2027-01-13",
  comment: 870,
};
const eur = grant({ requested: { amount: 11000, currency: "EUR" } });

function fileFor(record: DecisionRecord & { outcome: "approved" | "declined" }, request = eur) {
  const file = ledgerFile({
    record,
    request,
    recommendation,
    issue: 12,
    url: "https://github.com/psf/governance/issues/12",
    meeting: "2027-01-13",
    config: psf,
  });
  if (!file) throw new Error("no file");
  return file;
}

describe("the ledger record of a final decision", () => {
  it("is written at grants/<year>/<issue>-<slug>.yml, with the rate the decision recorded", () => {
    const file = fileFor(board);
    expect(file.path).toBe("grants/2027/12-pycon-example-2027.yml");
    expect(file.message).toBe("Record the approved grant request #12 in the grants ledger");
    expect(file.content).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=../../schemas/ledger.schema.json
      # Written by wgbot when the decision on #12 was recorded.
      issue: 12
      url: https://github.com/psf/governance/issues/12
      outcome: approved
      grant_type: conference
      organisation:
        name: PyCon Example
        website: https://pycon.example.org
      event:
        name: PyCon Example 2027
        start_date: 2027-03-20
        end_date: 2027-03-21
        location: Lisbon, Portugal
      currency: EUR
      requested: 11000
      granted: 9000
      base_currency: USD
      rate: 1.08
      requested_base: 11880
      granted_base: 9720
      decided:
        by: bea
        for: board
        on: 2027-01-13
        meeting: 2027-01-13
        comment: 880
      recommendation:
        by: gwen
        decision: approve
        amount_base: 9720
        on: 2026-12-20
      "
    `);
  });

  it("keeps the decision's rate when the config's rate changes later", () => {
    const later = { ...psf, currency_rates: { ...psf.currency_rates, EUR: 1.2 } };
    const file = ledgerFile({
      record: board,
      request: eur,
      issue: 12,
      url: "https://x.test/12",
      config: later,
    });
    expect(file?.record).toMatchObject({
      rate: 1.08,
      requested_base: 11880,
      granted: 9000,
      granted_base: 9720,
    });
  });

  it("records a Grants WG decision as the Grants WG's, with no meeting and nothing granted when declined", () => {
    const declined = {
      ...board,
      decision: "decline" as const,
      outcome: "declined" as const,
      command: "recommend" as const,
      amount: undefined,
      local: { currency: "EUR", rate: 1.08 },
    };
    const record = fileFor(declined).record;
    expect(record.granted).toBeUndefined();
    expect(record.granted_base).toBeUndefined();
    expect(record.decided).toEqual({ by: "bea", for: "grants-wg", on: "2027-01-13", comment: 880 });
    expect(record.recommendation).toBeUndefined();
  });

  it("validates against the ledger schema and rules, as `wgbot validate` reads it", () => {
    const file = fileFor(board);
    const state = validateRepository(snapshotOf({ [file.path]: file.content }), {
      now: new Date("2027-02-01"),
    });
    expect(state.problems).toEqual([]);
    expect(state.ledger.get(file.path)).toEqual(file.record);
  });

  it("is held by the ledger when the same text, or a record of the same command, is there", () => {
    const file = fileFor(board);
    expect(ledgerHolds(file, new Map())).toBe(false);
    expect(ledgerHolds(file, new Map([[file.path, file.content]]))).toBe(true);
    const edited = file.content.replace("Lisbon, Portugal", "Lisboa, Portugal");
    expect(ledgerHolds(file, new Map([["grants/2027/12-pycon-lisboa.yml", edited]]))).toBe(true);
    // Another issue's file, or another decision on this one, does not hold it.
    expect(
      ledgerHolds(file, new Map([["grants/2027/120-other.yml", file.content.replace("12", "120")]])),
    ).toBe(false);
    expect(
      ledgerHolds(file, new Map([[file.path, file.content.replace("comment: 880", "comment: 990")]])),
    ).toBe(false);
  });

  it("names files with a short, safe slug", () => {
    expect(ledgerSlug("PyCon Lusitânia 2026 — Porto!")).toBe("pycon-lusitania-2026-porto");
    expect(ledgerSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(ledgerSlug("！！")).toBe("grant");
    expect(ledgerPath(psf, 2027, 5, "x".repeat(80))).toBe(`grants/2027/5-${"x".repeat(40)}.yml`);
  });
});

function entry(issue: number, patch: Partial<GrantRecord> & { on?: string } = {}): LedgerEntry {
  const { on = "2026-03-11", ...rest } = patch;
  return {
    path: `grants/${on.slice(0, 4)}/${issue}-x.yml`,
    record: {
      issue,
      url: `https://github.com/psf/governance/issues/${issue}`,
      outcome: "approved",
      grant_type: "conference",
      organisation: { name: "Python Portugal", website: "https://python.pt" },
      event: { name: "PyCon Lusitania", start_date: "2026-06-12", end_date: "2026-06-14" },
      currency: "USD",
      requested: 5000,
      granted: 5000,
      base_currency: "USD",
      rate: 1,
      requested_base: 5000,
      granted_base: 5000,
      decided: { by: "bea", for: "board", on, comment: issue * 10 },
      ...rest,
    },
  };
}

describe("the ledger's totals", () => {
  const ledger = [
    entry(31, { granted_base: 9720, grant_type: "conference" }),
    entry(44, { granted_base: 1200, grant_type: "workshop", organisation: { name: "python portugal." } }),
    entry(52, { outcome: "declined", granted: undefined, granted_base: undefined, grant_type: "sprint" }),
    entry(60, { organisation: { name: "Other", website: "https://www.PYTHON.pt/about" }, on: "2026-05-01" }),
    entry(20, { on: "2025-04-01", organisation: { name: "Somebody Else" } }),
  ];

  it("match an organisation on its normalised name or its website's host", () => {
    expect(organisationKey("  The Python  Portugal, Inc. ")).toBe("python portugal inc");
    expect(organisationKey("Pythön & Friends")).toBe("python and friends");
    expect(websiteKey("https://www.PyCon.example.org/about")).toBe("pycon.example.org");
    expect(websiteKey("not a url")).toBeUndefined();
    expect(sameOrganisation({ name: "Python Portugal" }, { name: "python-portugal" })).toBe(true);
    expect(
      sameOrganisation(
        { name: "A", website: "https://python.pt" },
        { name: "B", website: "http://www.python.pt/" },
      ),
    ).toBe(true);
    expect(sameOrganisation({ name: "A" }, { name: "B" })).toBe(false);
  });

  it("count what an organisation was granted in a year, approved decisions only", () => {
    const granted = grantedTo(ledger, { name: "Python Portugal", website: "https://python.pt" }, 2026);
    expect(granted.total).toBe(15920);
    expect(granted.grants.map((g) => g.issue)).toEqual([31, 44, 60]);
    expect(grantedTo(ledger, { name: "Python Portugal" }, 2025).total).toBe(0);
    expect(fundedYears(ledger, { name: "Somebody Else" })).toEqual([2025]);
  });

  it("add up each year by grant type and by organisation, newest year first", () => {
    const [y2026, y2025] = yearlyTotals(ledger);
    expect(y2025?.year).toBe(2025);
    expect(y2026).toEqual({
      year: 2026,
      base_currency: "USD",
      all: { approved: 3, declined: 1, granted: 15920 },
      byType: {
        conference: { approved: 2, declined: 0, granted: 14720 },
        workshop: { approved: 1, declined: 0, granted: 1200 },
        sprint: { approved: 0, declined: 1, granted: 0 },
      },
      byOrganisation: [
        { name: "Python Portugal", approved: 2, declined: 1, granted: 10920 },
        { name: "Other", approved: 1, declined: 0, granted: 5000 },
      ],
    });
  });
});
