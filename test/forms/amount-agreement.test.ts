/**
 * One amount parser for forms and commands: the same text typed as the grant form's amount and after
 * `/board approve` is the same amount in the same currency, or the same error, word for word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/decide/command.ts";
import { parseMoney } from "../../src/forms/values/money.ts";

type Verdict = { amount: number; currency: string } | { error: string };

/** What the form makes of the text, with USD where no currency is written (the PSF base currency). */
function inForm(text: string): Verdict {
  const read = parseMoney(text, { defaultCurrency: "USD" });
  return read.ok
    ? { amount: read.value.amount, currency: read.value.currency }
    : { error: `${read.message} ${read.hint}` };
}

/** What `/board approve <text>` makes of it; a command without a currency is in the base currency, USD. */
function inCommand(text: string): Verdict | "no amount" {
  const parsed = parseCommand(`/board approve ${text}`);
  if (!parsed) throw new Error(`not a command: ${text}`);
  if (!parsed.ok) return { error: parsed.error };
  if (parsed.command.name !== "board") throw new Error("not a board command");
  const { amount, currency } = parsed.command;
  return amount === undefined ? "no amount" : { amount, currency: currency ?? "USD" };
}

const SAME: [string, Verdict | RegExp][] = [
  ["5_000 USD", { amount: 5000, currency: "USD" }],
  ["5_000", { amount: 5000, currency: "USD" }],
  ["1_234_567.89 EUR", { amount: 1234567.89, currency: "EUR" }],
  ["5,000", { amount: 5000, currency: "USD" }],
  ["5.000", { amount: 5000, currency: "USD" }],
  ["9000.50", { amount: 9000.5, currency: "USD" }],
  ["9,000.50 USD", { amount: 9000.5, currency: "USD" }],
  ["9.000,50 EUR", { amount: 9000.5, currency: "EUR" }],
  ["12,50", { amount: 12.5, currency: "USD" }],
  ["$9,000", { amount: 9000, currency: "USD" }],
  ["€9000", { amount: 9000, currency: "EUR" }],
  ["£300", { amount: 300, currency: "GBP" }],
  ["9000USD", { amount: 9000, currency: "USD" }],
  ["USD 9000", { amount: 9000, currency: "USD" }],
  ["9000 euros", { amount: 9000, currency: "EUR" }],
  ["1 200,50 EUR", { amount: 1200.5, currency: "EUR" }],
  ["₹ 2,00,000", { amount: 200000, currency: "INR" }],
  ["5k", { amount: 5000, currency: "USD" }],
  ["12.5k EUR", { amount: 12500, currency: "EUR" }],
  ["9000 XTS", { amount: 9000, currency: "XTS" }],
  ["9,,0", /`9,,0` is not a number wgbot can read: its separators do not group thousands by three/],
  ["1.2.3,4", /do not group thousands by three/],
  ["50_00", /`50_00` is not a number wgbot can read/],
  ["1e308", /`1e308` is not an amount wgbot can read/],
  ["1E6 USD", /`1E6` is not an amount wgbot can read/],
  ["-500", /`-500` has a sign/],
  ["−500", /`−500` has a sign/],
  ["+500", /`\+500` has a sign/],
  ["-$500", /`-\$500` has a sign/],
  ["-5_000 USD", /`-5_000` has a sign/],
  ["９０００", /`９０００` is written with digits wgbot cannot read/],
  ["٩٠٠٠ USD", /`٩٠٠٠` is written with digits wgbot cannot read/],
  ["0.001", /`0.001` has more than two decimals/],
  ["0,500", /`0,500` has more than two decimals/],
  ["1234.567", /more than two decimals/],
  ["0", /more than zero/],
  ["0.00 USD", /more than zero/],
  [".5", /`\.5` is not a number/],
  ["9".repeat(400), /too large to be an amount/],
  ["$9000 EUR", /has two currencies, USD and EUR/],
  ["€9000 XTS", /has two currencies, EUR and XTS/],
  ["500-700", /Found 2 amounts/],
];

describe("the grant form and the commands read an amount the same way", () => {
  for (const [text, expected] of SAME) {
    it(`${JSON.stringify(text.slice(0, 30))} → ${expected instanceof RegExp ? expected : JSON.stringify(expected)}`, () => {
      const form = inForm(text);
      expect(inCommand(text)).toEqual(form);
      if (expected instanceof RegExp) expect("error" in form ? form.error : "").toMatch(expected);
      else expect(form).toEqual(expected);
    });
  }

  it("any word that starts like a number is the same amount or the same error in both", () => {
    const unit = fc.constantFrom(..."0123456789.,_'k-+−$€eUSD ");
    const word = fc
      .tuple(
        fc.constantFrom("", "-", "+", "$", "€", "US$"),
        fc.integer({ min: 0, max: 9 }),
        fc.string({ unit }),
      )
      .map(([prefix, digit, rest]) => `${prefix}${digit}${rest}`.trim().split(" ")[0] as string);
    fc.assert(
      fc.property(word, (text) => {
        expect(inCommand(text)).toEqual(inForm(text));
      }),
      { numRuns: 2000 },
    );
  });
});
