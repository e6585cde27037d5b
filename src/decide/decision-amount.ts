/**
 * The money in a decision: the amount a `/recommend` or `/board` command grants, given in the base currency or in
 * the request's own currency (`/board approve 9000 EUR`), converted at the config's rate, and recorded with the rate
 * used. Pure.
 *
 * The rate is recorded with the decision so the grants ledger keeps the value it had on the day: a later change to
 * `currency_rates` changes neither an earlier decision nor its ledger record.
 */
import type { Config } from "../config/types.ts";
import { resolveCurrency } from "../forms/values/currency.ts";
import { convert, formatAmount, roundCents } from "./money.ts";

/** The request's amount in its own currency, when that is not the base currency, and the rate used to convert. */
export interface LocalAmount {
  /** ISO 4217 code of the request's currency. */
  currency: string;
  /** The value of one unit of `currency` in the base currency, as used. */
  rate: number;
  /** The amount granted in `currency`; none for a decision that grants nothing. */
  amount?: number;
}

export interface DecisionMoney {
  /** The amount granted, in the base currency. */
  amount?: number;
  local?: LocalAmount;
}

export interface AmountQuestion {
  decision: "approve" | "decline" | "defer";
  /** The amount and currency the command gave, if any (a bare number is in the base currency). */
  given?: number;
  givenCurrency?: string;
  /** What the request asks for, in its currency. */
  request: { amount: number; currency: string };
  /** The request's amount in the base currency. */
  requestedBase: number;
  /** What an approval without an amount grants: a recommendation's amount, or the whole request. */
  fallback?: DecisionMoney;
  config: Config;
}

/** The rate of the request's currency in the base currency; undefined when the config has none. */
export function rateFor(config: Config, currency: string): number | undefined {
  return convert(config, 1, currency, config.base_currency);
}

/** The money a decision records, or why it cannot (a sentence for the reply). */
export function decisionMoney(q: AmountQuestion): DecisionMoney | string {
  const base = q.config.base_currency;
  const requestCurrency = q.request.currency;
  const rate = rateFor(q.config, requestCurrency);
  if (rate === undefined)
    return `wgbot has no exchange rate for ${requestCurrency}: add it to \`currency_rates\`.`;
  const foreign = requestCurrency !== base;
  const givenCurrency =
    q.givenCurrency === undefined ? undefined : resolveCurrency(q.givenCurrency, q.config);
  if (givenCurrency !== undefined && givenCurrency !== base && givenCurrency !== requestCurrency)
    return foreign
      ? `Give the amount in ${base}, the currency wgbot counts in, or in ${requestCurrency}, the request's currency; not in ${givenCurrency}.`
      : `Give the amount in ${base}, the currency of the request and the one wgbot counts in; not in ${givenCurrency}.`;
  if (q.decision !== "approve") {
    if (q.given !== undefined) return `A decision to ${q.decision} takes no amount.`;
    return foreign ? { local: { currency: requestCurrency, rate } } : {};
  }
  if (foreign && givenCurrency === requestCurrency && q.given !== undefined) {
    const local = roundCents(q.given);
    if (local > q.request.amount) return moreThanRequested(local, q.request.amount, requestCurrency);
    return { amount: roundCents(local * rate), local: { currency: requestCurrency, rate, amount: local } };
  }
  if (q.given === undefined && q.fallback?.amount !== undefined)
    return q.fallback.amount > q.requestedBase
      ? moreThanRequested(q.fallback.amount, q.requestedBase, base)
      : q.fallback;
  const amount = roundCents(q.given ?? q.requestedBase);
  if (amount > q.requestedBase) return moreThanRequested(amount, q.requestedBase, base);
  if (!foreign) return { amount };
  // The whole request stays the whole request in its own currency: no rounding back and forth.
  const local = amount === q.requestedBase ? q.request.amount : roundCents(amount / rate);
  return { amount, local: { currency: requestCurrency, rate, amount: local } };
}

function moreThanRequested(amount: number, requested: number, currency: string): string {
  return `${formatAmount(amount, currency)} is more than the ${formatAmount(requested, currency)} requested.`;
}

/** `9,000 EUR (≈ 9,720 USD at 1 EUR = 1.08 USD)`, or `9,000 USD`. */
export function moneyText(money: DecisionMoney, base: string): string {
  if (money.amount === undefined) return "";
  const inBase = formatAmount(money.amount, base);
  const { local } = money;
  if (!local || local.amount === undefined) return inBase;
  return `${formatAmount(local.amount, local.currency)} (≈ ${inBase} at 1 ${local.currency} = ${local.rate} ${base})`;
}

/** The money a command on a grant request records; `fallback`, the recommendation an approval without an amount follows. */
export function grantMoney(
  command: { decision: AmountQuestion["decision"]; amount?: number; currency?: string },
  requested: { amount: number; currency: string; inBase: number },
  config: Config,
  fallback?: DecisionMoney,
): DecisionMoney | string {
  return decisionMoney({
    decision: command.decision,
    ...(command.amount === undefined ? {} : { given: command.amount }),
    ...(command.currency === undefined ? {} : { givenCurrency: command.currency }),
    request: { amount: requested.amount, currency: requested.currency },
    requestedBase: requested.inBase,
    ...(fallback?.amount === undefined
      ? {}
      : { fallback: { amount: fallback.amount, ...(fallback.local ? { local: fallback.local } : {}) } }),
    config,
  });
}
