/**
 * The figures several grant rules quote or compare: the amount in the base currency, how it is written, whether it
 * is over the board threshold. Pure helpers; every number comes from `config.grants`.
 */
import type { Config } from "../../../config/types.ts";
import type { GrantRequest, GrantType } from "../../../generated/grant.ts";
import { parseDate } from "../../../util/dates.ts";
import { listing, plural, truncate } from "../../../util/text.ts";
import { acceptedCurrencies, convert, formatAmount, roundCents } from "../../money.ts";

/** The config keys a rule reads when it converts or writes amounts. */
export const MONEY_KEYS = ["base_currency", "currency_rates"] as const;
/** The config keys the board's calendar reads (src/decide/calendar.ts). */
export const BOARD_CALENDAR_KEYS = [
  "board.meeting_dates",
  "board.every_months",
  "board.first_month",
  "board.weekday",
  "board.week",
  "board.preparation_days",
] as const;

export const TYPE_NAMES: Record<GrantType, string> = {
  conference: "conference",
  workshop: "workshop",
  sprint: "sprint",
  meetup: "meetup",
  "deposit-advance": "deposit advance",
};

/** The amount requested in the base currency; undefined when its currency has no rate. */
export function amountInBase(request: GrantRequest, config: Config): number | undefined {
  const { amount, currency } = request.requested;
  return convert(config, amount, currency, config.base_currency);
}

/** "12,000 USD", or "10,000 EUR (10,800 USD)" when it was converted. */
export function requestedText(request: GrantRequest, config: Config): string {
  const { amount, currency } = request.requested;
  const inBase = amountInBase(request, config);
  return inBase === undefined || currency === config.base_currency
    ? formatAmount(amount, currency)
    : `${formatAmount(amount, currency)} (${formatAmount(inBase, config.base_currency)})`;
}

/** Over `grants.board_threshold` (to the cent): the board decides after the Grants WG recommends. */
export function isOverThreshold(request: GrantRequest, config: Config): boolean {
  const inBase = amountInBase(request, config);
  return inBase !== undefined && roundCents(inBase) > config.grants.board_threshold;
}

/** The message and hint for an amount in a currency the config has no rate for. */
export function unknownCurrency(config: Config, currency: string): [message: string, hint: string] {
  const accepted = acceptedCurrencies(config);
  return [
    `The currency ${currency} has no exchange rate in the configuration; the accepted currencies are ${listing(accepted)}.`,
    `Give the amount in one of ${listing(accepted, "or")}, or ask the maintainers of this repository to add a rate for ${currency} under \`currency_rates\`.`,
  ];
}

/** "42 days (6 weeks)", "90 days", "1 day". */
export function days(n: number): string {
  return n >= 7 && n % 7 === 0 ? `${n} days (${plural(n / 7, "week")})` : plural(n, "day");
}

/** A user's text, shortened, in a code span (no @mention or Markdown gets through). */
export function quote(text: string): string {
  return `\`${truncate(text, 60).replace(/`/g, "'")}\``;
}

/** A real calendar date written YYYY-MM-DD (the form parser leaves what it could not read as typed). */
export function validDate(iso: string | undefined): iso is string {
  return iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(parseDate(iso).getTime());
}
