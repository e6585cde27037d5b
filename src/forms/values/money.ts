/**
 * One amount with its currency, as people type it in a form answer or a command: `12,500`, `$12,500`, `12500 USD`,
 * `USD 12,500`, `12.500,00 €`, `€4.500`, `£300`, `1 200,50 EUR`, `1'234.50 CHF`, `12.5k`, `5_000 USD`.
 * Numbers are read by ./amount.ts and currencies by ./currency.ts; this module picks the one amount of a text.
 * The comment commands (`/board approve 5_000 USD`) read their amount here too, so a text is the same amount,
 * or the same error, in a form and in a command.
 */
import { listing } from "../../util/text.ts";
import { quote } from "../markdown.ts";
import { type AmountToken, HINT_NUMBER, scanAmounts, unreadableNumber } from "./amount.ts";
import { checkCurrency, currencyMarkers, type MoneyConfig, resolveCurrency } from "./currency.ts";
import { fail, ok, type ValueResult } from "./result.ts";

export { type AmountToken, parseNumber, scanAmounts } from "./amount.ts";
export {
  acceptedCurrencies,
  type CurrencyMarker,
  checkCurrency,
  convert,
  currencyMarkers,
  type MoneyConfig,
  rateOf,
  resolveCurrency,
} from "./currency.ts";

export interface Money {
  amount: number;
  currency: string;
  /** False when the text had no currency and the default was used. */
  currencyWritten: boolean;
}

export interface MoneyOptions {
  /** When given, a currency it has no rate for is an error, and `$` follows its base currency. */
  config?: MoneyConfig;
  /** The currency when none is written; the base currency by default, none at all without a config. */
  defaultCurrency?: string;
}

/** An amount and the currency written with it, if any. */
export interface WrittenAmount {
  amount: number;
  /** ISO code, `$` resolved. */
  currency?: string;
  /** As written: `$`, a code; what a message about the currency should speak of. */
  written?: string;
}

/**
 * The one amount a text means, and the currency written with it, without defaults or configuration checks:
 * what forms and commands share. Every way the text can fail to be one positive amount is a clear error.
 */
export function readAmount(text: string, config?: MoneyConfig): ValueResult<WrittenAmount> {
  const tokens = scanAmounts(text, config).filter((t) => !t.quantity || t.currency);
  if (tokens.length === 0)
    return (
      unreadableNumber(text) ??
      fail(
        text.trim() === "" ? "No amount given." : `No amount found in ${quote(text)}.`,
        "Write the amount with its currency, e.g. `5,000 USD`.",
      )
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
  // `$9000 EUR`, `€9000 XTS`: a currency on each side of the number, and they differ.
  const sides = [token.currency?.code, token.otherCurrency?.code, unknownCodeNextTo(text, token)];
  const codes = [...new Set(sides.filter((c) => c !== undefined).map((c) => resolveCurrency(c, config)))];
  if (codes.length > 1)
    return fail(
      `${quote(text)} has two currencies, ${listing(codes, "and")}.`,
      "Write one amount in one currency, e.g. `5,000 USD`.",
    );
  return ok({
    amount: token.value.value,
    ...(written === undefined ? {} : { currency: resolveCurrency(written, config), written }),
  });
}

/** One amount with its currency, from a whole answer such as "USD 12,500" or "12.500,00 €". */
export function parseMoney(text: string, options: MoneyOptions = {}): ValueResult<Money> {
  const { config } = options;
  const read = readAmount(text, config);
  if (!read.ok) return read;
  const written = read.value.currency;
  const code = written ?? options.defaultCurrency ?? config?.base_currency ?? "";
  if (!code)
    return fail(
      `${quote(text)} has no currency.`,
      "Write the currency next to the amount, e.g. `5,000 USD`.",
    );
  if (config) {
    const checked = checkCurrency(code, config, read.value.written ?? code);
    if (!checked.ok) return checked;
  }
  return ok({ amount: read.value.amount, currency: code, currencyWritten: written !== undefined });
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
