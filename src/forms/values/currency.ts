/**
 * Currencies as people write them next to an amount: ISO codes (any case for the common ones, upper case for the
 * rest), symbols (€ EUR, £ GBP, ¥ JPY, ₹ INR, ₦ NGN, R$ BRL, C$/CA$ CAD, A$/AU$ AUD, US$ USD) and words (euros,
 * pounds, dollars…). A bare `$` or "dollars" is the base currency when that is a dollar (CAD, AUD…), USD otherwise.
 * Also the one rule for which currencies a configuration can convert, used by forms and decisions alike.
 */
import { listing } from "../../util/text.ts";
import { fail, ok, type ValueResult } from "./result.ts";

/** The part of the configuration money needs. */
export interface MoneyConfig {
  base_currency: string;
  currency_rates: Record<string, number>;
}

export interface CurrencyMarker {
  /** ISO 4217 code, or "$" for a dollar whose kind depends on the configuration. */
  code: string;
  start: number;
  end: number;
}

/** Codes read in any case: the ones people write, none of them an English word. */
const COMMON_CODES =
  "USD EUR GBP CAD AUD NZD JPY CNY INR BRL NGN KES GHS ZAR CHF SEK NOK DKK PLN CZK HUF RON MXN ARS COP CLP SGD HKD KRW IDR THB ILS UGX TZS";
/**
 * Other ISO 4217 codes, read in upper case only. Codes that are also words or names people put in budgets
 * (ALL, TOP, CUP, PEN, PHP, AMD, TRY, MAD, SOS…) are left out; a configuration that lists one still gets it.
 */
const ISO_CODES = new Set(
  `${COMMON_CODES} AED AFN ANG AOA AWG AZN BBD BDT BGN BHD BIF BMD BND BSD BTN BWP BYN BZD CDF CRC CVE DJF DZD EGP ERN ETB FJD FKP GMD GNF GTQ GYD HNL HTG IQD IRR ISK JMD JOD KGS KHR KMF KPW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MWK MYR MZN NAD NIO NPR OMR PAB PGK PKR PYG QAR RSD RUB RWF SAR SBD SCR SDG SLE SRD SSP STN SYP SZL TJS TMT TND TTD TWD UAH UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZMW`.split(
    " ",
  ),
);
const COMMON = new Set(COMMON_CODES.split(" "));

const WORDS: Record<string, string> = {
  dollar: "$",
  dollars: "$",
  bucks: "$",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  yen: "JPY",
  rupee: "INR",
  rupees: "INR",
  rs: "INR",
  naira: "NGN",
  reais: "BRL",
};

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  CA$: "CAD",
  C$: "CAD",
  AU$: "AUD",
  A$: "AUD",
  NZ$: "NZD",
  HK$: "HKD",
  SG$: "SGD",
  S$: "SGD",
  R$: "BRL",
  MX$: "MXN",
  $: "$",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  "₦": "NGN",
  "₩": "KRW",
  "₱": "PHP",
  "₪": "ILS",
  "₺": "TRY",
  "₴": "UAH",
  "₵": "GHS",
  "฿": "THB",
};

const MARKER =
  /(?<![\p{L}\p{N}])(?:US|CA|C|AU|A|NZ|HK|SG|S|R|MX)\$|[$€£¥₹₦₩₱₪₺₴₵฿]|(?<!\p{L})\p{L}{2,8}\.?(?!\p{L})/gu;

/** Every currency written in the text: codes, symbols and words, in order. */
export function currencyMarkers(text: string, config?: MoneyConfig): CurrencyMarker[] {
  const markers: CurrencyMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const code = markerCode(m[0], config);
    if (code) markers.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return markers;
}

export function markerCode(token: string, config?: MoneyConfig): string | undefined {
  // Own keys only: `toString` or `valueOf` next to a number is a word, not a currency.
  if (Object.hasOwn(SYMBOLS, token)) return SYMBOLS[token];
  const word = token.replace(/\.$/, "");
  if (/^[A-Z]{3}$/.test(word) && (ISO_CODES.has(word) || knownToConfig(word, config))) return word;
  const upper = word.toUpperCase();
  if (word.length === 3 && (COMMON.has(upper) || knownToConfig(upper, config))) return upper;
  return Object.hasOwn(WORDS, word.toLowerCase()) ? WORDS[word.toLowerCase()] : undefined;
}

/**
 * The value of one unit of `currency` in the base currency, or undefined when the config has no usable rate.
 * A rate that is not a positive number counts as none, so a currency is accepted only where it can be converted.
 */
export function rateOf(config: MoneyConfig, currency: string): number | undefined {
  if (currency === config.base_currency) return 1;
  if (!Object.hasOwn(config.currency_rates, currency)) return undefined;
  const rate = config.currency_rates[currency];
  return typeof rate === "number" && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

function knownToConfig(code: string, config?: MoneyConfig): boolean {
  return !!config && rateOf(config, code) !== undefined;
}

const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "JMD", "BSD", "BBD", "TTD"]);

/** "$" → the base currency when it is a dollar, USD otherwise; ISO codes unchanged. */
export function resolveCurrency(code: string, config?: MoneyConfig): string {
  if (code !== "$") return code;
  return config && DOLLARS.has(config.base_currency) ? config.base_currency : "USD";
}

/** The currencies the configuration can convert, in the order its author listed them (base first). */
export function acceptedCurrencies(config: MoneyConfig): string[] {
  return [config.base_currency, ...Object.keys(config.currency_rates)].filter(
    (c, i, all) => all.indexOf(c) === i && rateOf(config, c) !== undefined,
  );
}

/** Whether the configuration can convert this currency; a clear error naming the accepted ones if not. */
export function checkCurrency(code: string, config: MoneyConfig, written = code): ValueResult<string> {
  if (knownToConfig(code, config)) return ok(code);
  const accepted = acceptedCurrencies(config);
  const dollar = written === "$" || /dollar/i.test(written);
  return fail(
    `Amounts in ${code} cannot be accepted: the configuration has no exchange rate for ${code}.`,
    `Write the amount in ${listing(accepted, "or")}.${
      dollar ? " A bare `$` is read as USD: write the currency code (e.g. `CAD`) for other dollars." : ""
    }`,
  );
}

/** The amount in the base currency, rounded to cents; undefined when the configuration has no rate. */
export function convert(amount: number, currency: string, config: MoneyConfig): number | undefined {
  const rate = rateOf(config, currency);
  return rate === undefined ? undefined : Math.round(amount * rate * 100) / 100;
}
