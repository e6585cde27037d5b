import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { convert, type MoneyConfig, parseMoney, parseNumber } from "../../src/forms/values.ts";

const config = PRESETS.psf;

function money(text: string, c: MoneyConfig | undefined = config) {
  const result = parseMoney(text, { config: c });
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return [result.value.amount, result.value.currency];
}

describe("parseMoney", () => {
  it.each([
    ["12,500", 12500, "USD"],
    ["$12,500", 12500, "USD"],
    ["12500 USD", 12500, "USD"],
    ["USD 12,500", 12500, "USD"],
    ["USD12,500", 12500, "USD"],
    ["12500usd", 12500, "USD"],
    ["12.500,00 €", 12500, "EUR"],
    ["€4.500", 4500, "EUR"],
    ["4.500 €", 4500, "EUR"],
    ["£300", 300, "GBP"],
    ["¥150,000", 150000, "JPY"],
    ["₹ 2,00,000", 200000, "INR"],
    ["1,00,00,000 INR", 10000000, "INR"],
    ["1 200,50 EUR", 1200.5, "EUR"],
    ["1\u00a0200,50 EUR", 1200.5, "EUR"],
    ["12,50 €", 12.5, "EUR"],
    ["1.234.567", 1234567, "USD"],
    ["1,234,567.89 USD", 1234567.89, "USD"],
    ["12.5k", 12500, "USD"],
    ["5K EUR", 5000, "EUR"],
    ["about 5000 dollars", 5000, "USD"],
    ["3,000 euros", 3000, "EUR"],
    ["CA$ 2,000", 2000, "CAD"],
    ["2000 CAD", 2000, "CAD"],
    ["R$ 10.000", 10000, "BRL"],
    ["₦500,000", 500000, "NGN"],
    ["**5,000 USD** for 300 people", 5000, "USD"],
    ["0.5", 0.5, "USD"],
    ["5_000 USD", 5000, "USD"],
    ["1_234_567.89", 1234567.89, "USD"],
  ] as const)("%s", (text, amount, currency) => {
    expect(money(text)).toEqual([amount, currency]);
  });

  it("says when no currency was written and the default was used", () => {
    expect(parseMoney("12,500", { config })).toMatchObject({ ok: true, value: { currencyWritten: false } });
    expect(parseMoney("12,500 USD", { config })).toMatchObject({
      ok: true,
      value: { currencyWritten: true },
    });
    expect(parseMoney("500", { defaultCurrency: "GBP" })).toMatchObject({
      ok: true,
      value: { currency: "GBP" },
    });
  });

  it("reads $ as the base currency when that is a dollar, USD otherwise", () => {
    const cad: MoneyConfig = { base_currency: "CAD", currency_rates: { USD: 1.36 } };
    expect(money("$500", cad)).toEqual([500, "CAD"]);
    expect(money("US$500", cad)).toEqual([500, "USD"]);
    const eur: MoneyConfig = { base_currency: "EUR", currency_rates: { USD: 0.92 } };
    expect(money("$500", eur)).toEqual([500, "USD"]);
  });

  it("rejects a currency the configuration has no rate for, naming it and the accepted ones", () => {
    const result = parseMoney("5,000 CHF", { config });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.message).toContain("CHF");
    expect(result.hint).toContain("USD, EUR, GBP");
    const unknown = parseMoney("5000 XYZ", { config });
    expect(unknown.ok || unknown.message).toContain("XYZ");
    const dollars = parseMoney("$500", { config: { base_currency: "EUR", currency_rates: {} } });
    expect(dollars.ok || dollars.hint).toContain("CAD");
  });

  it("explains what it cannot read", () => {
    for (const [text, words] of [
      ["", "No amount"],
      ["a lot", "No amount"],
      ["5,000-6,000 USD", "2 amounts"],
      ["5000 USD or 4600 EUR", "2 amounts"],
      ["1,2,3", "not a number"],
      ["0 USD", "more than zero"],
      ["5000 (USD or EUR)", "more than one currency"],
    ]) {
      const result = parseMoney(text as string, { config });
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain(words);
        expect(result.hint).toMatch(/\S/);
      }
    }
  });

  it("quotes user text safely in messages", () => {
    const result = parseMoney("`@everyone` 1,2,3", { config });
    expect(result.ok || result.message).not.toMatch(/`@everyone`/);
  });
});

describe("parseNumber", () => {
  it.each([
    ["12,500", 12500],
    ["12.500", 12500],
    ["12,50", 12.5],
    ["5_000", 5000],
    ["1'234.50", 1234.5],
    ["1 234 567", 1234567],
    ["12.345.678,9", 12345678.9],
  ])("%s → %d", (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    "1,2345,678",
    "12.34.5",
    "1,234.567.8",
    "1.234,567,8",
    "1,2",
    "abc",
    "0,500",
    "1234.567",
    "50_00",
    "5_000,000",
    `${"9".repeat(400)}`,
  ])("%s is refused or decimal", (raw) => {
    const r = parseNumber(raw);
    if (raw === "1,2") expect(r).toEqual({ ok: true, value: 1.2 });
    else expect(r.ok).toBe(false);
  });
});

describe("convert", () => {
  it("converts to the base currency with the configured rate, rounded to cents", () => {
    expect(convert(1000, "USD", config)).toBe(1000);
    expect(convert(1000, "EUR", config)).toBe(1080);
    expect(convert(333.33, "GBP", config)).toBe(423.33);
    expect(convert(1000, "CHF", config)).toBeUndefined();
    expect(convert(1000, "constructor", config)).toBeUndefined();
  });
});
