/**
 * Grant policy: what the Grants WG and the board would tell an applicant, said at once. Pure: the request, the
 * config and `now` in; findings, flags (for labels) and the figures the comment quotes out. The rules themselves
 * are one module each, listed in ./grant/index.ts.
 *
 * Every number comes from `config.grants` (psf preset: 10,000 USD board threshold, 42 days minimum lead time,
 * 90 days recommended, no swag, 15 USD per attendee per day as a guide).
 */
import type { Config } from "../../config/types.ts";
import type { GrantRequest } from "../../generated/grant.ts";
import type { Finding } from "../../validate/finding.ts";
import { runRules } from "../../validate/rules/rule.ts";
import { reviewingMeeting } from "../calendar.ts";
import { countedBudget, notCoveredFound } from "./grant/budget.ts";
import { amountInBase } from "./grant/figures.ts";
import { GRANT_RULES } from "./grant/index.ts";
import { grantInput } from "./grant/input.ts";

export { notCoveredKinds } from "./grant/budget.ts";
export { GRANT_RULES, ownedGrantLabels } from "./grant/index.ts";

export interface GrantContext {
  config: Config;
  now: Date;
  /**
   * Years in which the foundation already funded this event or organisation, from its own records (e.g. approved
   * grant issues). They add to the years the request's `previous_grants` mention, for the fast track.
   */
  previousGrantYears?: readonly number[];
}

/** What the rules found, by the label each sets (see the rules' `label`). */
export interface GrantFlags {
  /** Over `grants.board_threshold`: the board decides after the Grants WG recommends. */
  overThreshold: boolean;
  /** Filed fewer than `minimum_lead_days` before the event (the deposit due date for a deposit advance), or after it. */
  late: boolean;
  /** Over the threshold and filed fewer than `recommended_lead_days` before the event. */
  shortNotice: boolean;
  /** Names of the kinds of items not covered (e.g. "swag") found in the budget, in config order. */
  notCovered: string[];
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
}

export function grantPolicy(request: GrantRequest, context: GrantContext): GrantPolicyResult {
  const { config, now, previousGrantYears = [] } = context;
  const input = grantInput(request, config, previousGrantYears);
  const { findings, labels } = runRules(GRANT_RULES, input, config, now);
  const set = new Set(labels);
  const flags: GrantFlags = {
    overThreshold: set.has("over_threshold"),
    late: set.has("late"),
    shortNotice: set.has("short_notice"),
    notCovered: set.has("not_covered") ? notCoveredFound(input.budget, config) : [],
  };
  const result: GrantPolicyResult = {
    findings,
    flags,
    labels: labels.map((key) => config.labels[key]),
    amountInBase: amountInBase(request, config) ?? Number.NaN,
    countedBudget: countedBudget(input.budget),
  };
  const meeting = flags.overThreshold ? reviewingMeeting(config.board, now) : undefined;
  return meeting ? { ...result, reviewingMeeting: meeting } : result;
}
