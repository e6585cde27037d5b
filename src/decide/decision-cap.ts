/**
 * The cap per organisation per year (`grants.organisation_cap_per_year`), checked again when a grant is approved.
 * Intake checks the request against what the ledger held then; by the time the Grants WG or the board approves,
 * another request of the same organisation may have been approved, so two requests each within the cap could
 * together go past it. The approval counts in the year of its decision (the ledger's folder), against the grants
 * the ledger holds for that year, this request's own earlier record aside. Pure.
 */
import type { Config } from "../config/types.ts";
import { grantFromForm } from "../forms/grant.ts";
import type { BoardItem } from "./board-item.ts";
import { grantedTo, type LedgerEntry } from "./ledger-totals.ts";
import { formatAmount, roundCents } from "./money.ts";

export interface CapCheck {
  item: Pick<BoardItem, "number" | "body" | "author">;
  /** The amount the command approves, in the base currency. */
  amount: number;
  /** When the command was written (ISO 8601): the decision's year. */
  at: string;
  /** The ledger's records of that year; undefined when they were not read (no check). */
  ledger: readonly LedgerEntry[] | undefined;
  command: "recommend" | "board";
  config: Config;
}

/** Why the approval would take the organisation past its cap, or undefined when it would not (or there is none). */
export function capRefusal(check: CapCheck): string | undefined {
  const { config, ledger, item } = check;
  const cap = config.grants.organisation_cap_per_year;
  if (cap <= 0 || ledger === undefined) return undefined;
  const { request } = grantFromForm(item.body, { author: item.author, config });
  if (!request) return undefined;
  const year = new Date(check.at).getUTCFullYear();
  const granted = grantedTo(ledger, request.organisation, year, item.number);
  const total = roundCents(granted.total + check.amount);
  if (total <= cap) return undefined;
  const money = (n: number) => formatAmount(n, config.base_currency);
  const name = request.organisation.name;
  const left = roundCents(cap - granted.total);
  const already = granted.grants.map((g) => `#${g.issue} ${money(g.granted_base ?? 0)}`).join(", ");
  const folder = `\`${config.paths.grants}/${year}/\``;
  const held =
    granted.grants.length === 0
      ? ""
      : ` The grants ledger (${folder}) already holds ${already} for ${name} in ${year}.`;
  const why = `Approving ${money(check.amount)} would bring ${name} to ${money(total)} granted in ${year}, over the ${money(cap)} the foundation grants one organisation in a year.${held}`;
  const way =
    left > 0
      ? `At most ${money(left)} is left: approve that or less (\`/${check.command} approve ${left}\`), or decline.`
      : `${name} has reached the cap for ${year}; a grant decided in ${year + 1} counts toward the next year's cap.`;
  return `${why} ${way} ${granted.grants.length === 0 ? "" : "If the ledger is wrong, correct it first. "}Nothing was changed.`;
}
