/**
 * What one organisation was granted this calendar year (UTC), from the grants ledger, against the cap per organisation
 * (`grants.organisation_cap_per_year`): read the same way by the cap's error (./organisation-cap.ts) and, within the
 * cap, the warning that shows it (./organisation-granted.ts), so the two can never disagree on the figures.
 */
import type { Config } from "../../../config/types.ts";
import type { GrantRecord } from "../../../generated/ledger.ts";
import { type Granted, grantedTo } from "../../ledger-totals.ts";
import { formatAmount, roundCents } from "../../money.ts";
import { amountInBase, MONEY_KEYS } from "./figures.ts";
import type { GrantInput } from "./input.ts";

/** The config keys both rules read. */
export const ORGANISATION_YEAR_KEYS = ["grants.organisation_cap_per_year", "paths.grants", ...MONEY_KEYS];

export interface OrganisationYear {
  cap: number;
  year: number;
  granted: Granted;
  /** What was granted this year plus this request, in the base currency. */
  total: number;
  /** An amount in the base currency, as written. */
  money: (amount: number) => string;
  /** `#31 9,720 USD, #44 1,200 USD`. */
  listed: string;
}

/** Undefined when there is no cap (0), or the amount requested has no rate (another error says so). */
export function organisationYear(input: GrantInput, config: Config, now: Date): OrganisationYear | undefined {
  const cap = config.grants.organisation_cap_per_year;
  const inBase = amountInBase(input.request, config);
  if (cap <= 0 || inBase === undefined) return undefined;
  const year = now.getUTCFullYear();
  const granted = grantedTo(input.ledger, input.request.organisation, year);
  const base = config.base_currency;
  return {
    cap,
    year,
    granted,
    total: roundCents(granted.total + inBase),
    money: (amount) => formatAmount(amount, base),
    listed: listed(granted.grants, base),
  };
}

function listed(grants: readonly GrantRecord[], base: string): string {
  return grants.map((g) => `#${g.issue} ${formatAmount(g.granted_base ?? 0, base)}`).join(", ");
}
