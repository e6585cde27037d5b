/**
 * Amounts and currencies as people type them: `12,500`, `$12,500`, `12500 USD`, `USD 12,500`, `12.500,00 €`,
 * `€4.500`, `£300`, `1 200,50 EUR`, `1'234.50 CHF`, `12.5k`.
 *
 * Separators: when `,` and `.` both appear, the last one is the decimal separator (`12.500,00` = 12500,
 * `1,234.5` = 1234.5). When only one kind appears: several of them are thousands separators (`1.234.567`);
 * a single one followed by exactly three digits is a thousands separator (`12,500` = 12500, `4.500` = 4500,
 * since money is never written with three decimals), otherwise a decimal one (`12,50` = 12.5). Spaces and
 * apostrophes group thousands too, and Indian grouping is read (`2,00,000` = 200000). A `k` right after the number multiplies by 1,000 (`12.5k` = 12500): people
 * write budgets that way and it is not ambiguous. A minus sign is not read: costs are never negative.
 *
 * Currencies: ISO codes (any case for the common ones, upper case for the rest), symbols (€ EUR, £ GBP, ¥ JPY,
 * ₹ INR, ₦ NGN, R$ BRL, C$/CA$ CAD, A$/AU$ AUD, US$ USD) and words (euros, pounds, dollars…). A bare `$` or
 * "dollars" is the base currency when that is a dollar (CAD, AUD…), USD otherwise.
 */
import { listing } from "../../util/text.ts";
import { quote } from "../markdown.ts";
import { fail, ok, type ValueResult } from "./result.ts";

/** The part of the configuration money needs. */
export interface MoneyConfig {
  base_currency: string;
  currency_rates: Record<string, number>;
}

export interface Money {
  amount: number;
  currency: string;
  /** False when the text had no currency and the default was used. */
  currencyWritten: boolean;
}

const HINT_NUMBER = "Write the amount with digits and its currency, e.g. `12,500 USD` or `4.500,50 €`.";

/** "12.500,00" → 12500. The whole string must be a number: digits, separators, nothing else. */
export function parseNumber(raw: string): ValueResult<number> {
  const text = raw
    .trim()
    .replace(/[\u00A0\u202F\u2009]/g, " ")
    .replace(/’/g, "'");
  if (!/^\d[\d.,' ]*$/.test(text) || !/\d$/.test(text))
    return fail(`${quote(raw)} is not a number.`, HINT_NUMBER);
  const seps = text.replace(/\d+/g, "").split("");
  const parts = text.split(/[.,' ]/);
  if (seps.length === 0) return ok(Number(text));
  const last = seps[seps.length - 1] as string;
  let decimal: string | undefined;
  if ((last === "." || last === ",") && seps.filter((s) => s === last).length === 1) {
    if (seps.length > 1) decimal = last;
    else {
      const whole = parts[0] as string;
      const fraction = parts[1] as string;
      const thousands = fraction.length === 3 && whole !== "0" && whole.length <= 3;
      if (!thousands) decimal = last;
    }
  }
  const groupSeps = decimal ? seps.slice(0, -1) : seps;
  const groups = decimal ? parts.slice(0, -1) : parts;
  const western = (groups[0] as string).length <= 3 && groups.slice(1).every((g) => g.length === 3);
  // Indian grouping: 2,00,000 = 200000 (lakh), 1,00,00,000 (crore).
  const indian =
    groupSeps[0] === "," &&
    (groups[0] as string).length <= 2 &&
    groups.slice(1, -1).every((g) => g.length === 2) &&
    groups[groups.length - 1]?.length === 3;
  const wellGrouped =
    new Set(groupSeps).size <= 1 &&
    (groupSeps.length === 0 || western || indian) &&
    !(decimal && groupSeps[0] === decimal);
  if (!wellGrouped)
    return fail(
      `${quote(raw)} is not a number wgbot can read: its separators do not group thousands by three.`,
      HINT_NUMBER,
    );
  return ok(Number(groups.join("") + (decimal ? `.${parts[parts.length - 1]}` : "")));
}

export interface AmountToken {
  /** Offsets of the number in the text (the `k` included). */
  start: number;
  end: number;
  raw: string;
  /** The value, or why the number cannot be read. */
  value: ValueResult<number>;
  /** The currency written right next to it, resolved to an ISO code, and where that marker is. */
  currency?: CurrencyMarker;
  /** Followed by a counting word (`2 days`, `150 people`): a quantity, not a cost. */
  quantity: boolean;
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

function markerCode(token: string, config?: MoneyConfig): string | undefined {
  const symbol = SYMBOLS[token];
  if (symbol) return symbol;
  const word = token.replace(/\.$/, "");
  if (/^[A-Z]{3}$/.test(word) && (ISO_CODES.has(word) || knownToConfig(word, config))) return word;
  const upper = word.toUpperCase();
  if (word.length === 3 && (COMMON.has(upper) || knownToConfig(upper, config))) return upper;
  return Object.hasOwn(WORDS, word.toLowerCase()) ? WORDS[word.toLowerCase()] : undefined;
}

function knownToConfig(code: string, config?: MoneyConfig): boolean {
  return !!config && (code === config.base_currency || Object.hasOwn(config.currency_rates, code));
}

const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "JMD", "BSD", "BBD", "TTD"]);

/** "$" → the base currency when it is a dollar, USD otherwise; ISO codes unchanged. */
export function resolveCurrency(code: string, config?: MoneyConfig): string {
  if (code !== "$") return code;
  return config && DOLLARS.has(config.base_currency) ? config.base_currency : "USD";
}

const QUANTITY =
  /^\s*(?:days?|nights?|hours?|hrs?|weeks?|months?|people|persons?|attendees?|participants?|speakers?|volunteers?|kids?|children|rooms?|tickets?|pcs|pieces?|units?|items?|sessions?|tables?|seats?|meals?|x\b|×)/iu;

/** Dates, times, percentages and issue numbers hold digits that are never amounts. */
const NOT_AMOUNTS =
  /\d{4}-\d{1,2}-\d{1,2}|\d{1,4}\/\d{1,2}\/\d{1,4}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{1,2}:\d{2}\b|(?<![\d.,])\d+(?:[.,]\d+)?\s?%|#\d+/giu;

/** A cheap test first: most budget lines have none of these, and the full pattern is the costliest step. */
const MAY_HOLD_NON_AMOUNTS = /[-/:%#]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined): boolean =>
  c === " " || c === "\u00A0" || c === "\u202F" || c === "\u2009";
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/**
 * Every number in the text that could be an amount, with the currency written next to it. Numbers glued to
 * words (`3rd`, `A4`, `10am`), dates, times and percentages are skipped. Linear in the text's length.
 */
export function scanAmounts(text: string, config?: MoneyConfig): AmountToken[] {
  const masked = MAY_HOLD_NON_AMOUNTS.test(text)
    ? text.replace(NOT_AMOUNTS, (m) => " ".repeat(m.length))
    : text;
  const markers = currencyMarkers(text, config);
  const tokens: AmountToken[] = [];
  let i = 0;
  while (i < masked.length) {
    const before = masked[i - 1];
    const twoBefore = masked[i - 2];
    if (
      !isDigit(masked[i]) ||
      isDigit(before) ||
      (isLetter(before) && !gluedCodeBefore(masked, i, config)) || // `A4`, but `USD12`
      before === "_" ||
      ((before === "." || before === ",") && (isDigit(twoBefore) || isLetter(twoBefore))) || // v1.2
      (before === "-" && isLetter(twoBefore)) // COVID-19
    ) {
      i++;
      continue;
    }
    const start = i;
    let group = 0;
    let spaceGrouped = true;
    let separators = 0;
    while (i < masked.length) {
      const c = masked[i];
      if (isDigit(c)) {
        group++;
        i++;
      } else if ((c === "." || c === "," || c === "'" || c === "’") && isDigit(masked[i + 1])) {
        spaceGrouped = false;
        separators++;
        group = 0;
        i++;
      } else if (
        isSpace(c) &&
        group <= 3 &&
        (spaceGrouped || separators === 0) &&
        /^\d{3}(?!\d)/.test(masked.slice(i + 1, i + 5))
      ) {
        separators++;
        group = 0;
        i++;
      } else break;
    }
    let end = i;
    const raw = text.slice(start, end);
    let thousands = false;
    if ((masked[end] === "k" || masked[end] === "K") && !isLetter(masked[end + 1])) {
      thousands = true;
      end++;
    }
    const glued = isLetter(masked[end]) ? /^\p{L}+/u.exec(masked.slice(end))?.[0] : undefined;
    if (glued && !markerCode(glued, config)) {
      i = end;
      continue; // `3rd`, `10am`, `2x`: part of a word
    }
    let value = parseNumber(raw);
    if (value.ok && thousands) value = ok(Math.round(value.value * 100_000) / 100);
    const currency = adjacentMarker(text, markers, start, end);
    tokens.push({
      start,
      end,
      raw: text.slice(start, end),
      value,
      currency,
      quantity: !currency && QUANTITY.test(masked.slice(end, end + 16)),
    });
    i = end;
  }
  return tokens;
}

/** Whether the letters right before position i are a currency code (`USD12,500`). */
function gluedCodeBefore(text: string, i: number, config?: MoneyConfig): boolean {
  const letters = /\p{L}+$/u.exec(text.slice(Math.max(0, i - 8), i))?.[0];
  return letters !== undefined && markerCode(letters, config) !== undefined;
}

/** A currency written right before (`$12`, `USD 12`) or after (`12 €`, `12USD`) a number. */
function adjacentMarker(
  text: string,
  markers: readonly CurrencyMarker[],
  start: number,
  end: number,
): CurrencyMarker | undefined {
  // Markers are in text order: binary search for the first one after the number (O(log n) per number).
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid] as CurrencyMarker).start < end) lo = mid + 1;
    else hi = mid;
  }
  const before = markers[lo - 1];
  const after = markers[lo];
  if (before && before.end <= start && start - before.end <= 2 && !text.slice(before.end, start).trim())
    return before;
  if (after && after.start - end <= 2 && !text.slice(end, after.start).trim()) return after;
  return undefined;
}

export function acceptedCurrencies(config: MoneyConfig): string[] {
  return [...new Set([config.base_currency, ...Object.keys(config.currency_rates)])];
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
  if (currency === config.base_currency) return amount;
  if (!Object.hasOwn(config.currency_rates, currency)) return undefined;
  const rate = config.currency_rates[currency];
  return typeof rate === "number" ? Math.round(amount * rate * 100) / 100 : undefined;
}

export interface MoneyOptions {
  /** When given, a currency it has no rate for is an error, and `$` follows its base currency. */
  config?: MoneyConfig;
  /** The currency when none is written; the base currency by default, none at all without a config. */
  defaultCurrency?: string;
}

/** One amount with its currency, from a whole answer such as "USD 12,500" or "12.500,00 €". */
export function parseMoney(text: string, options: MoneyOptions = {}): ValueResult<Money> {
  const { config } = options;
  const tokens = scanAmounts(text, config).filter((t) => !t.quantity || t.currency);
  if (tokens.length === 0)
    return fail(
      text.trim() === "" ? "No amount given." : `No amount found in ${quote(text)}.`,
      "Write the amount with its currency, e.g. `5,000 USD`.",
    );
  if (tokens.length > 1)
    return fail(
      `Found ${tokens.length} amounts (${listing(
        tokens.slice(0, 3).map((t) => quote(t.raw)),
        "and",
      )}); write only one.`,
      "Write the total amount requested with its currency, e.g. `5,000 USD`; the budget lists the details.",
    );
  const token = tokens[0] as AmountToken;
  if (!token.value.ok) return token.value;
  if (token.value.value <= 0) return fail("The amount must be more than zero.", HINT_NUMBER);
  const currency = pickCurrency(text, token, config);
  if (!currency.ok) return currency;
  const written = currency.value ?? unknownCodeNextTo(text, token);
  const code = written
    ? resolveCurrency(written, config)
    : (options.defaultCurrency ?? config?.base_currency ?? "");
  if (!code)
    return fail(
      `${quote(text)} has no currency.`,
      "Write the currency next to the amount, e.g. `5,000 USD`.",
    );
  if (config) {
    const checked = checkCurrency(code, config, written ?? code);
    if (!checked.ok) return checked;
  }
  return ok({ amount: token.value.value, currency: code, currencyWritten: written !== undefined });
}

/** `5000 XYZ`: three capitals right next to an amount are meant as a currency, even one wgbot does not know. */
function unknownCodeNextTo(text: string, token: AmountToken): string | undefined {
  return (
    /^\s{0,2}([A-Z]{3})(?!\p{L})/u.exec(text.slice(token.end))?.[1] ??
    /(?<!\p{L})([A-Z]{3})\s{0,2}$/u.exec(text.slice(0, token.start))?.[1]
  );
}

/** The currency next to the amount, else the only one written anywhere in the text. */
export function pickCurrency(
  text: string,
  token: AmountToken,
  config?: MoneyConfig,
): ValueResult<string | undefined> {
  if (token.currency) return ok(token.currency.code);
  const markers = currencyMarkers(text, config);
  const codes = [...new Set(markers.map((m) => resolveCurrency(m.code, config)))];
  if (codes.length <= 1) return ok(markers[0]?.code);
  return fail(
    `${quote(text)} names more than one currency (${listing(codes, "and")}).`,
    "Write one amount in one currency, e.g. `5,000 USD`.",
  );
}
