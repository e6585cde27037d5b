/** Amounts and currencies, converted with the config's rates. Pure. */
import type { Config } from "../config/types.ts";
import { rateOf } from "../forms/values/currency.ts";

type Rates = Pick<Config, "base_currency" | "currency_rates">;

// One rule, shared with the form parsers, for which currencies a configuration can convert: a currency a form
// accepts is always one a decision can convert.
export { rateOf } from "../forms/values/currency.ts";

/** The currencies a request may use: the base currency first, then the others in alphabetical order. */
export function acceptedCurrencies(config: Rates): string[] {
  const others = Object.keys(config.currency_rates)
    .filter((c) => c !== config.base_currency && rateOf(config, c) !== undefined)
    .sort();
  return [config.base_currency, ...others];
}

/** `amount` in `from` expressed in `to`; undefined when either currency has no rate. */
export function convert(config: Rates, amount: number, from: string, to: string): number | undefined {
  if (from === to) return amount;
  const a = rateOf(config, from);
  const b = rateOf(config, to);
  return a === undefined || b === undefined ? undefined : (amount * a) / b;
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Rounds to cents, so 12000 × 1.08 is 12960 and not 12960.000000000002. */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** `12,000 USD`, `1,234.50 EUR`. */
export function formatAmount(amount: number, currency: string): string {
  const rounded = roundCents(amount);
  const text = Number.isInteger(rounded) ? whole.format(rounded) : cents.format(rounded);
  return `${text} ${currency}`;
}
