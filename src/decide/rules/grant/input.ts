/** What every grant rule reads: the request as parsed from the issue form, and the foundation's own records. */
import type { Config } from "../../../config/types.ts";
import type { GrantRequest } from "../../../generated/grant.ts";
import { isoDate } from "../../../util/dates.ts";
import type { Rule } from "../../../validate/rules/rule.ts";
import type { LedgerEntry } from "../../ledger-totals.ts";
import { type BudgetLine, budgetLines } from "./budget.ts";

/**
 * The day a request was filed (its issue's creation, UTC), from which its lead time and decision target count.
 * Where no issue exists (a request checked offline without one), it is today, and `known` is false so messages say so:
 * today is the filing date the request would have if it were filed now.
 */
export interface Filing {
  date: string;
  known: boolean;
}

export interface GrantInput {
  request: GrantRequest;
  filed: Filing;
  /**
   * Years in which the foundation already funded this event or organisation, from its own records (e.g. approved
   * grant issues). They add to the years the request's `previous_grants` mention, for the fast track.
   */
  previousGrantYears: readonly number[];
  /**
   * The budget items read once for every rule (converted, matched against the kinds not covered): several rules and
   * the figures need them, and matching every item against every keyword is most of a request's cost.
   */
  budget: readonly BudgetLine[];
  /**
   * The grants ledger's records of the years the rules look at (grants/<year>/, src/decide/ledger-totals.ts): what
   * the organisation was already granted this year, for the cap per organisation.
   */
  ledger: readonly LedgerEntry[];
}

/** The filing of a request whose issue was created at `createdAt` (ISO 8601), or today when that is not known. */
export function filingOf(createdAt: Date | string | undefined, now: Date): Filing {
  const at = createdAt === undefined || createdAt === "" ? undefined : new Date(createdAt);
  return at && !Number.isNaN(at.getTime())
    ? { date: isoDate(at), known: true }
    : { date: isoDate(now), known: false };
}

export function grantInput(
  request: GrantRequest,
  config: Config,
  filed: Filing,
  previousGrantYears: readonly number[] = [],
  ledger: readonly LedgerEntry[] = [],
): GrantInput {
  return { request, filed, previousGrantYears, budget: budgetLines(request, config), ledger };
}

export type GrantRule = Rule<GrantInput>;
