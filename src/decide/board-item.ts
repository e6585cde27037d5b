/**
 * An item the board may review — a charter proposal, a grant request, a report pull request, a tracking issue the
 * sweep opened — as plain data, and the facts about it that commands and the agenda need. Pure.
 */
import type { Config } from "../config/types.ts";
import { parseFormBody } from "../forms/body.ts";
import { grantFromForm } from "../forms/grant.ts";
import { convert, formatAmount, roundCents } from "./money.ts";

export interface BoardItem {
  number: number;
  title: string;
  body: string;
  author: string;
  state: "open" | "closed";
  labels: string[];
  /** A pull request (a monthly report that asks the board for something). */
  isPull: boolean;
  createdAt: string;
  /** The title of its milestone, if any. */
  milestone?: string;
  /** Its address on GitHub, when the API gave one. */
  url?: string;
}

/** The agenda's sections, in the order the agenda lists them. */
export const ITEM_KINDS = ["charter", "grant", "report", "at-risk", "renewal", "other"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export function itemKind(item: Pick<BoardItem, "labels" | "isPull" | "body">, config: Config): ItemKind {
  const L = config.labels;
  const has = (label: string) => item.labels.includes(label);
  if (item.isPull) return "report";
  if (has(L.charter)) return "charter";
  if (has(L.grant)) return "grant";
  if (has(L.at_risk)) return "at-risk";
  if (item.labels.some((l) => l.startsWith(L.workgroup_prefix))) return "renewal";
  if (parseFormBody(item.body, "grant").fromForm) return "grant";
  if (parseFormBody(item.body, "charter").fromForm) return "charter";
  return "other";
}

/** The status labels board review moves an item between. Other labels are never touched by it. */
export function statusLabels(config: Config): string[] {
  const L = config.labels;
  return [L.needs_info, L.grants_wg_review, L.board_review, L.approved, L.declined, L.deferred];
}

/** Labels only the board (or wgbot on its behalf) may add. */
export function protectedLabels(config: Config): string[] {
  const L = config.labels;
  return [L.approved, L.declined, L.deferred, L.board_review];
}

export interface GrantAmount {
  /** The amount requested, in the request's currency. */
  amount: number;
  currency: string;
  /** The amount requested, in the base currency, to the cent. */
  inBase: number;
  /** "12,000 USD", or "11,000 EUR (≈ 11,880 USD)". */
  text: string;
  overThreshold: boolean;
}

/** What a grant request asks for, read from its issue form; undefined when the form cannot be read. */
export function grantAmount(
  item: Pick<BoardItem, "body" | "author">,
  config: Config,
): GrantAmount | undefined {
  const { request } = grantFromForm(item.body, { author: item.author, config });
  if (!request) return undefined;
  const { amount, currency } = request.requested;
  const base = config.base_currency;
  const converted = convert(config, amount, currency, base);
  if (converted === undefined) return undefined;
  const inBase = roundCents(converted);
  const text =
    currency === base
      ? formatAmount(amount, base)
      : `${formatAmount(amount, currency)} (≈ ${formatAmount(inBase, base)})`;
  return { amount, currency, inBase, text, overThreshold: inBase > config.grants.board_threshold };
}
