/**
 * The cap per organisation per year, checked again at approval (src/decide/decision-cap.ts): its boundary, the
 * decision's year, the request's own earlier record, and when there is nothing to check. Pure.
 */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { capRefusal } from "../../src/decide/decision-cap.ts";
import type { LedgerEntry } from "../../src/decide/ledger-totals.ts";
import { grantBody } from "../support/bodies.ts";
import { granted } from "./fixtures.ts";

const config = PRESETS["psf-2026"]; // 15,000 USD per organisation per year
const item = { number: 7, body: grantBody({ amount: "5,000 USD" }), author: "ada" };

const check = (amount: number, ledger: LedgerEntry[] | undefined, at = "2026-11-21T10:00:00Z") =>
  capRefusal({ item, amount, at, ledger, command: "board", config });

describe("capRefusal", () => {
  it("allows an approval that reaches the cap exactly; refuses one cent more, saying what is left", () => {
    const ledger = [granted(31, 10_000)];
    expect(check(5_000, ledger)).toBeUndefined();
    expect(check(5_000.01, ledger)).toBe(
      "Approving 5,000.01 USD would bring PyCon Example to 15,000.01 USD granted in 2026, over the 15,000 USD the foundation grants one organisation in a year. The grants ledger (`grants/2026/`) already holds #31 10,000 USD for PyCon Example in 2026. At most 5,000 USD is left: approve that or less (`/board approve 5000`), or decline. If the ledger is wrong, correct it first. Nothing was changed.",
    );
  });

  it("counts the decision's year, not another year's grants", () => {
    expect(check(5_000, [granted(31, 14_000, "2025-12-30")])).toBeUndefined();
    expect(check(5_000, [granted(31, 14_000, "2027-01-02")], "2027-01-05T00:00:00Z")).toContain(
      "to 19,000 USD granted in 2027",
    );
  });

  it("does not count the request's own earlier record (a later decision replaces it)", () => {
    expect(check(5_000, [granted(31, 10_000), granted(7, 5_000)])).toBeUndefined();
  });

  it("says when the organisation has reached the cap", () => {
    expect(check(100, [granted(31, 15_000)])).toContain(
      "PyCon Example has reached the cap for 2026; a grant decided in 2027 counts toward the next year's cap.",
    );
  });

  it("checks nothing without a cap or without the ledger", () => {
    expect(check(50_000, undefined)).toBeUndefined();
    expect(
      capRefusal({
        item,
        amount: 50_000,
        at: "2026-11-21T10:00:00Z",
        ledger: [],
        command: "board",
        config: PRESETS.psf,
      }),
    ).toBeUndefined();
  });

  it("another organisation's grants do not count", () => {
    expect(check(5_000, [granted(31, 14_000, "2026-05-04", "DjangoCon Example")])).toBeUndefined();
  });
});
