/** What every grant rule reads: the request as parsed from the issue form, and the foundation's own records. */
import type { Config } from "../../../config/types.ts";
import type { GrantRequest } from "../../../generated/grant.ts";
import type { Rule } from "../../../validate/rules/rule.ts";
import { type BudgetLine, budgetLines } from "./budget.ts";

export interface GrantInput {
  request: GrantRequest;
  /**
   * Years in which the foundation already funded this event or organisation, from its own records (e.g. approved
   * grant issues). They add to the years the request's `previous_grants` mention, for the fast track.
   */
  previousGrantYears: readonly number[];
  /**
   * The budget items read once for every rule (converted, matched against the kinds not covered): three rules and
   * the figures need them, and matching every item against every keyword is most of a request's cost.
   */
  budget: readonly BudgetLine[];
}

export function grantInput(
  request: GrantRequest,
  config: Config,
  previousGrantYears: readonly number[] = [],
): GrantInput {
  return { request, previousGrantYears, budget: budgetLines(request, config) };
}

export type GrantRule = Rule<GrantInput>;
