/**
 * Grant policy: what the Grants WG and the board would tell an applicant, said at once. Pure: the request, the
 * config and `now` in; findings, flags (for labels) and the figures the comment quotes out. The rules themselves
 * are one module each, listed in ./grant/index.ts.
 *
 * Every number comes from `config.grants` (psf preset: 10,000 USD board threshold, 42 days minimum lead time,
 * 90 days recommended, no swag, 15 USD per attendee per day as a guide).
 */
import type { Config } from "../../config/types.ts";
import type { Finding } from "../../finding.ts";
import type { GrantRequest } from "../../generated/grant.ts";
import { runRules } from "../../validate/rules/rule.ts";
import { fundedYears, type LedgerEntry } from "../ledger-totals.ts";
import { countedBudget, notCoveredFound } from "./grant/budget.ts";
import { type ExpectedDecision, expectedDecision } from "./grant/decision-time.ts";
import { eventNotCoveredKinds } from "./grant/event-not-covered.ts";
import { amountInBase } from "./grant/figures.ts";
import { GRANT_RULES } from "./grant/index.ts";
import { type Filing, filingOf, type GrantInput, grantInput } from "./grant/input.ts";

export { notCoveredKinds } from "./grant/budget.ts";
export { GRANT_RULES, ownedGrantLabels } from "./grant/index.ts";
export type { ExpectedDecision, Filing };

export interface GrantContext {
  config: Config;
  now: Date;
  /**
   * When the request was filed (its issue's `created_at`): its lead time and decision target count from then. When
   * it is not known (a request checked offline without an issue), they count from `now`, and the messages say so.
   */
  filedAt?: Date | string;
  /**
   * Years in which the foundation already funded this event or organisation, from its own records (e.g. approved
   * grant issues). They add to the years the request's `previous_grants` mention, for the fast track.
   */
  previousGrantYears?: readonly number[];
  /** The grants ledger's records of this year and the years before it that the fast track looks at. */
  ledger?: readonly LedgerEntry[];
}

/** What the rules found, by the label each sets (see the rules' `label`). */
export interface GrantFlags {
  /** Over `grants.board_threshold`: the board decides after the Grants WG recommends. */
  overThreshold: boolean;
  /** Filed fewer than `minimum_lead_days` before the event (the deposit due date for a deposit advance), or after it. */
  late: boolean;
  /** Over the threshold and filed fewer than `recommended_lead_days` before the event. */
  shortNotice: boolean;
  /** Names of the kinds of items not covered (e.g. "swag") found in the budget or the event, in config order. */
  notCovered: string[];
  /** Up to `grants.fast_track_max`: the fast track decides it. */
  fastTrack: boolean;
}

export interface GrantPolicyResult {
  findings: Finding[];
  flags: GrantFlags;
  /** The labels the rules set (those that found something), in rule order. */
  labels: string[];
  /** The amount requested in the base currency; NaN when its currency has no rate (an error says so). */
  amountInBase: number;
  /** The budget items that count (not the ones not covered), in the base currency; NaN when one has no rate. */
  countedBudget: number;
  /** Over the threshold: the earliest board meeting that can review the request if escalated now. */
  reviewingMeeting?: string;
  /** The day it was filed, from which its lead time and decision target count. */
  filed: Filing;
  /** When a decision can be expected. */
  decision: ExpectedDecision;
}

export function grantPolicy(request: GrantRequest, context: GrantContext): GrantPolicyResult {
  const { config, now, ledger = [] } = context;
  // The years the ledger shows the organisation funded count for the fast track, with those given.
  const previousGrantYears = [
    ...(context.previousGrantYears ?? []),
    ...fundedYears(ledger, request.organisation),
  ];
  const input = grantInput(request, config, filingOf(context.filedAt, now), previousGrantYears, ledger);
  const { findings, labels } = runRules(GRANT_RULES, input, config, now);
  const set = new Set(labels);
  const flags: GrantFlags = {
    overThreshold: set.has("over_threshold"),
    late: set.has("late"),
    shortNotice: set.has("short_notice"),
    notCovered: set.has("not_covered") ? notCoveredIn(input, config) : [],
    fastTrack: set.has("fast_track"),
  };
  const decision = expectedDecision(input, config, now);
  const result: GrantPolicyResult = {
    findings,
    flags,
    labels: labels.map((key) => config.labels[key]),
    amountInBase: amountInBase(request, config) ?? Number.NaN,
    countedBudget: countedBudget(input.budget),
    filed: input.filed,
    decision,
  };
  const meeting = decision.board?.meeting;
  return meeting ? { ...result, reviewingMeeting: meeting } : result;
}

/** The kinds not covered found in the budget or the event itself, each once, in config order. */
function notCoveredIn(input: GrantInput, config: Config): string[] {
  const found = new Set([
    ...notCoveredFound(input.budget, config),
    ...eventNotCoveredKinds(input, config.grants.not_covered),
  ]);
  return config.grants.not_covered.map((k) => k.name).filter((n) => found.has(n));
}
