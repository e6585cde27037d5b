/**
 * Grant policy: what the Grants WG and the board would tell an applicant, said at once. Pure: the request,
 * the config and `now` in; findings, flags (for labels) and the figures the comment quotes out.
 *
 * Every number comes from `config.grants` (psf preset: 10,000 USD board threshold, 42 days minimum lead time,
 * 90 days recommended, no swag, 15 USD per attendee per day as a guide).
 */
import type { Config } from "../../config/types.ts";
import type { BudgetItem, GrantRequest, GrantType } from "../../generated/grant.ts";
import { addDays, daysBetween, isoDate, parseDate } from "../../util/dates.ts";
import { listing, plural, truncate } from "../../util/text.ts";
import { error, type Finding, warning } from "../../validate/finding.ts";
import { cadence, reviewingMeeting } from "../calendar.ts";
import { acceptedCurrencies, convert, formatAmount, roundCents } from "../money.ts";

export interface GrantContext {
  config: Config;
  now: Date;
  /**
   * Years in which the foundation already funded this event or organisation, from its own records (e.g. approved
   * grant issues). They add to the years the request's `previous_grants` mention, for the fast track.
   */
  previousGrantYears?: readonly number[];
}

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
  /** The amount requested in the base currency; NaN when its currency has no rate (an error says so). */
  amountInBase: number;
  /** The budget items that count (not the ones not covered), in the base currency; NaN when one has no rate. */
  countedBudget: number;
  /** Over the threshold: the earliest board meeting that can review the request if escalated now. */
  reviewingMeeting?: string;
}

/** Budget sums may differ from the amount requested by this much (in the requested currency): rounding. */
const SUM_TOLERANCE = 1;
/** The fast track looks this many years back (the event had a grant in the last 3 years). */
const FAST_TRACK_YEARS = 3;

const TYPE_NAMES: Record<GrantType, string> = {
  conference: "conference",
  workshop: "workshop",
  sprint: "sprint",
  meetup: "meetup",
  "deposit-advance": "deposit advance",
};

export function grantPolicy(request: GrantRequest, context: GrantContext): GrantPolicyResult {
  const { config, now } = context;
  const policy = config.grants;
  const base = config.base_currency;
  const { amount, currency } = request.requested;
  const money = (n: number, c = base) => formatAmount(n, c);
  const findings: Finding[] = [];
  const flags: GrantFlags = { overThreshold: false, late: false, shortNotice: false, notCovered: [] };

  // Amount and currency.
  const inBase = convert(config, amount, currency, base);
  const amountInBase = inBase ?? Number.NaN;
  if (inBase === undefined) findings.push(unknownCurrency(config, currency, ["requested", "currency"]));
  const requestedText =
    inBase === undefined || currency === base
      ? money(amount, currency)
      : `${money(amount, currency)} (${money(inBase)})`;

  if (inBase !== undefined && roundCents(inBase) > policy.board_threshold) {
    flags.overThreshold = true;
    findings.push(
      warning(
        "rule.grant-over-threshold",
        ["requested", "amount"],
        `The amount requested, ${requestedText}, is over ${money(policy.board_threshold)}: the Grants WG reviews the request and makes a recommendation, then the board decides.`,
      ),
    );
  }

  const cap = policy.caps[request.grant_type];
  if (cap !== undefined && inBase !== undefined && roundCents(inBase) > cap) {
    findings.push(
      error(
        "rule.grant-over-cap",
        ["requested", "amount"],
        `A ${TYPE_NAMES[request.grant_type]} grant is capped at ${money(cap)}; this request is for ${requestedText}.`,
        `Lower the amount requested to at most ${money(cap)}, and the budget with it.`,
      ),
    );
  }

  findings.push(...guideRule(request, config, inBase, requestedText));

  // Dates and lead time.
  const meeting = flags.overThreshold ? reviewingMeeting(config.board, now) : undefined;
  const dates = dateRules(request, context, flags, meeting);
  findings.push(...dates.findings);

  // Budget.
  const budget = budgetRules(request, config, flags);
  findings.push(...budget.findings);

  if ((request.other_funding ?? []).filter((s) => s.trim() !== "").length === 0) {
    findings.push(
      warning(
        "rule.grant-no-other-funding",
        ["other_funding"],
        "No other funding sources are listed.",
        "List the sponsors, ticket sales and other grants that also fund the event (or say that there are none yet): the Grants WG weighs how the event is funded as a whole.",
      ),
    );
  }

  if (policy.require_code_of_conduct && !request.code_of_conduct?.url?.trim()) {
    findings.push(
      error(
        "rule.grant-code-of-conduct",
        ["code_of_conduct", "url"],
        "The request has no Code of Conduct: events funded by the foundation must publish one.",
        "Add the link to the event's published Code of Conduct.",
      ),
    );
  }
  if (policy.require_code_of_conduct_contact && !request.code_of_conduct?.contact?.trim()) {
    findings.push(
      error(
        "rule.grant-code-of-conduct-contact",
        ["code_of_conduct", "contact"],
        "The request does not say who handles Code of Conduct reports.",
        "Add the email address or the name of the person or team attendees can report to.",
      ),
    );
  }

  findings.push(...fastTrackRule(request, context, inBase));

  if (flags.overThreshold) {
    return {
      findings,
      flags,
      amountInBase,
      countedBudget: budget.countedBudget,
      ...(meeting ? { reviewingMeeting: meeting } : {}),
    };
  }
  return { findings, flags, amountInBase, countedBudget: budget.countedBudget };
}

function unknownCurrency(config: Config, currency: string, path: Finding["path"]): Finding {
  const accepted = acceptedCurrencies(config);
  return error(
    "rule.grant-unknown-currency",
    path,
    `The currency ${currency} has no exchange rate in the configuration; the accepted currencies are ${listing(accepted)}.`,
    `Give the amount in one of ${listing(accepted, "or")}, or ask the maintainers of this repository to add a rate for ${currency} under \`currency_rates\`.`,
  );
}

/** "42 days (6 weeks)", "90 days", "1 day". */
function days(n: number): string {
  return n >= 7 && n % 7 === 0 ? `${n} days (${plural(n / 7, "week")})` : plural(n, "day");
}

/** A user's text, shortened, in a code span (no @mention or Markdown gets through). */
function quote(text: string): string {
  return `\`${truncate(text, 60).replace(/`/g, "'")}\``;
}

function validDate(iso: string | undefined): iso is string {
  return iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(parseDate(iso).getTime());
}

function guideRule(
  request: GrantRequest,
  config: Config,
  inBase: number | undefined,
  requestedText: string,
): Finding[] {
  const per = config.grants.per_attendee_per_day;
  if (per <= 0 || request.grant_type === "deposit-advance" || inBase === undefined) return [];
  const { start_date: start, end_date: end, expected_attendees: attendees } = request.event;
  const eventDays =
    validDate(start) && validDate(end) && end >= start
      ? daysBetween(parseDate(start), parseDate(end)) + 1
      : 1;
  const guide = attendees * eventDays * per;
  if (roundCents(inBase) <= roundCents(guide)) return [];
  const base = config.base_currency;
  return [
    warning(
      "rule.grant-above-guide",
      ["requested", "amount"],
      `The amount requested, ${requestedText}, is more than the guide of ${formatAmount(per, base)} per attendee per day: ${plural(attendees, "attendee")} × ${plural(eventDays, "day")} gives ${formatAmount(guide, base)}. The grant may be approved for less.`,
      "Explain in the request what makes the event need more (travel support, accessibility, childcare…), or lower the amount.",
    ),
  ];
}

function dateRules(
  request: GrantRequest,
  { config, now }: GrantContext,
  flags: GrantFlags,
  meeting: string | undefined,
): { findings: Finding[] } {
  const findings: Finding[] = [];
  const policy = config.grants;
  const { start_date: start, end_date: end } = request.event;
  const todayIso = isoDate(now);
  const today = parseDate(todayIso);

  if (validDate(start) && validDate(end) && end < start) {
    findings.push(
      error(
        "rule.grant-end-before-start",
        ["event", "end_date"],
        `The event ends on ${end}, before it starts on ${start}.`,
        "Check both dates: the end date is the last day of the event, as YYYY-MM-DD.",
      ),
    );
  }

  if (validDate(start) && start <= todayIso) {
    flags.late = true;
    findings.push(
      error(
        "rule.grant-event-started",
        ["event", "start_date"],
        start === todayIso
          ? `The event starts today (${start}): grants are decided before an event, not during or after it.`
          : `The event started on ${start}, which has passed: grants are decided before an event, not during or after it.`,
        "If the date is a typo, correct it (YYYY-MM-DD).",
      ),
    );
  }

  const deposit = request.grant_type === "deposit-advance" ? request.deposit : undefined;
  const target = deposit ? deposit.due_date : start;
  const targetPath = deposit ? ["deposit", "due_date"] : ["event", "start_date"];
  const subject = deposit ? "the deposit is due" : "the event";
  if (!validDate(target)) return { findings };
  const lead = daysBetween(today, parseDate(target));

  if (deposit && validDate(start) && target > start) {
    findings.push(
      warning(
        "rule.grant-deposit-after-event",
        ["deposit", "due_date"],
        `The deposit is due on ${target}, after the event starts on ${start}; a deposit advance pays deposits due before the event.`,
        "Check the due date. If the money is needed when the event takes place, request an event grant instead.",
      ),
    );
  }

  if (deposit && lead < 0) {
    flags.late = true;
    findings.push(
      error(
        "rule.grant-deposit-past",
        targetPath,
        `The deposit was due on ${target}, which has passed: a deposit advance is paid before the deposit is due.`,
        "If the date is a typo, correct it (YYYY-MM-DD); if the deposit is paid already, say how in the request.",
      ),
    );
  }
  const past = deposit ? lead < 0 : lead <= 0;
  if (past) return { findings };

  if (lead < policy.minimum_lead_days) {
    flags.late = true;
    const fileBy = isoDate(addDays(parseDate(target), -policy.minimum_lead_days));
    // A warning, not an error: the applicant cannot fix a date, and the Grants WG decides whether a late request
    // can still be considered; as an error it would hold the request in needs-info forever.
    findings.push(
      warning(
        "rule.grant-late",
        targetPath,
        deposit
          ? `The deposit is due on ${target}, ${plural(lead, "day")} from now. Requests must be filed at least ${days(policy.minimum_lead_days)} before the deposit is due, so this one should have been filed by ${fileBy}; it may be declined.`
          : `The event starts on ${target}, ${plural(lead, "day")} from now. Requests must be filed at least ${days(policy.minimum_lead_days)} before the event, so this one should have been filed by ${fileBy}; it may be declined.`,
        `The dates cannot be fixed now: explain in the request why it is late and what happens to the event without the grant. The Grants WG decides whether it can still be considered.`,
      ),
    );
  }

  if (flags.overThreshold && lead < policy.recommended_lead_days) {
    flags.shortNotice = true;
    let when: string;
    if (meeting === undefined) {
      when = `no board meeting is scheduled after ${todayIso} yet, so it is not known when the board can review it.`;
    } else {
      const gap = daysBetween(parseDate(meeting), parseDate(target));
      const relation =
        gap > 0
          ? `${plural(gap, "day")} before ${subject}`
          : gap === 0
            ? deposit
              ? "the day the deposit is due"
              : "the day the event starts"
            : `${plural(-gap, "day")} after ${deposit ? "the deposit is due" : "the event starts"}`;
      when = `the next meeting that can review it is ${meeting}, ${relation}.`;
    }
    findings.push(
      warning(
        "rule.grant-short-notice",
        targetPath,
        `Requests over ${formatAmount(policy.board_threshold, config.base_currency)} should be filed at least ${days(policy.recommended_lead_days)} before ${subject}, because the board decides them; this one is ${plural(lead, "day")} before. The board meets ${cadence(config.board)}; ${when}`,
        `If ${deposit ? "the deposit" : "the event"} cannot wait for the board, say so in the request, or ask for at most ${formatAmount(policy.board_threshold, config.base_currency)}, which the Grants WG decides alone.`,
      ),
    );
  }
  return { findings };
}

/**
 * Compiled keyword patterns, by keyword: a case-insensitive Unicode pattern costs about a millisecond to compile,
 * and every budget item is matched against every keyword (measured in bench/cold-start.ts). The patterns have no
 * `g` flag, so `test` keeps no state between uses.
 */
const keywordPatterns = new Map<string, RegExp>();

/** Matches a keyword as whole words, case-insensitive; spaces in a keyword match any run of spaces. */
function keywordPattern(keyword: string): RegExp {
  let pattern = keywordPatterns.get(keyword);
  if (!pattern) {
    pattern = compileKeyword(keyword);
    keywordPatterns.set(keyword, pattern);
  }
  return pattern;
}

function compileKeyword(keyword: string): RegExp {
  const body = keyword
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
}

/** The names of the kinds of items not covered that this budget item matches (in its description or category). */
export function notCoveredKinds(
  item: Pick<BudgetItem, "description" | "category">,
  config: Config,
): string[] {
  const texts = [item.description, item.category ?? ""];
  return config.grants.not_covered
    .filter((kind) =>
      kind.keywords.some((k) => k.trim() !== "" && texts.some((t) => keywordPattern(k).test(t))),
    )
    .map((kind) => kind.name);
}

function budgetRules(
  request: GrantRequest,
  config: Config,
  flags: GrantFlags,
): { findings: Finding[]; countedBudget: number } {
  const findings: Finding[] = [];
  const base = config.base_currency;
  const { amount, currency } = request.requested;
  const kindsFound = new Set<string>();
  let countedBudget = 0;
  /** Counted and not-covered sums in the requested currency; undefined once an item cannot be converted. */
  let counted: number | undefined = 0;
  let excluded: number | undefined = 0;
  const excludedParts: string[] = [];

  request.budget.forEach((item, i) => {
    const itemCurrency = item.currency ?? currency;
    const inBase = convert(config, item.cost, itemCurrency, base);
    if (itemCurrency !== currency && inBase === undefined) {
      findings.push(unknownCurrency(config, itemCurrency, ["budget", i, "currency"]));
    }
    const inRequested = convert(config, item.cost, itemCurrency, currency);
    const kinds = notCoveredKinds(item, config);
    if (kinds.length > 0) {
      for (const k of kinds) kindsFound.add(k);
      excluded = excluded === undefined || inRequested === undefined ? undefined : excluded + inRequested;
      excludedParts.push(`${quote(item.description)}: ${formatAmount(item.cost, itemCurrency)}`);
      findings.push(
        warning(
          "rule.grant-not-covered",
          ["budget", i],
          `The budget item ${quote(item.description)} (${formatAmount(item.cost, itemCurrency)}) is not covered: ${listing(kinds)}; it is not counted.`,
          `Grants do not cover ${listing(kinds, "or")}. Remove the item, and its cost from the amount requested; other funding can pay for it.`,
        ),
      );
      return;
    }
    countedBudget += inBase ?? Number.NaN;
    counted = counted === undefined || inRequested === undefined ? undefined : counted + inRequested;
  });
  flags.notCovered = config.grants.not_covered.map((k) => k.name).filter((n) => kindsFound.has(n));

  if (counted !== undefined && Math.abs(counted - amount) > SUM_TOLERANCE) {
    const diff = counted - amount;
    const items = excludedParts.length > 0 ? "The budget items that are covered" : "The budget items";
    let message = `${items} add up to ${formatAmount(counted, currency)}, but the amount requested is ${formatAmount(amount, currency)}: ${formatAmount(Math.abs(diff), currency)} ${diff < 0 ? "less" : "more"}.`;
    let hint = "Make them match: correct a cost, add the missing item, or change the amount requested.";
    if (excludedParts.length > 0) {
      const explains = excluded !== undefined && Math.abs(counted + excluded - amount) <= SUM_TOLERANCE;
      message += explains
        ? ` The difference is the items that are not covered (${excludedParts.join("; ")}), which are not counted.`
        : ` Items that are not covered (${excludedParts.join("; ")}) are not counted.`;
      if (explains) {
        hint = `Lower the amount requested to ${formatAmount(counted, currency)} and remove the items that are not covered.`;
      }
    }
    findings.push(error("rule.grant-budget-sum", ["budget"], message, hint));
  }
  return { findings, countedBudget };
}

function fastTrackRule(request: GrantRequest, context: GrantContext, inBase: number | undefined): Finding[] {
  const { config, now, previousGrantYears = [] } = context;
  const max = config.grants.fast_track_max;
  if (max <= 0 || inBase === undefined || roundCents(inBase) > max) return [];
  const year = now.getUTCFullYear();
  const recent = (y: number) => y >= year - FAST_TRACK_YEARS && y <= year;
  const mentioned = (request.previous_grants ?? []).flatMap((text) =>
    [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])),
  );
  const years = [...mentioned, ...previousGrantYears].filter(recent);
  if (years.length === 0) return [];
  const latest = Math.max(...years);
  return [
    warning(
      "rule.grant-fast-track",
      mentioned.some(recent) ? ["previous_grants"] : ["requested", "amount"],
      `This request may be eligible for the fast track: it is at most ${formatAmount(max, config.base_currency)} and the foundation funded this event or organisation in ${latest}.`,
      "The Grants WG confirms the earlier grant; name the event it was for if the request does not say.",
    ),
  ];
}
