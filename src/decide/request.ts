/**
 * Decide, for a charter proposal or grant request issue: from the issue as plain data, the config and `now`, the
 * labels it should carry and the text of its one comment. Pure: no GitHub, no clock.
 */
import type { Config } from "../config/types.ts";
import type { Finding } from "../finding.ts";
import { parseFormBody } from "../forms/body.ts";
import { CHARTER_FIELDS, charterFromForm } from "../forms/charter.ts";
import { fieldForPath } from "../forms/fields.ts";
import { GRANT_FIELDS, grantFromForm } from "../forms/grant.ts";
import { type FormName, fieldLabel } from "../forms/issue-form-definitions.ts";
import type { Charter } from "../generated/charter.ts";
import type { GrantRequest } from "../generated/grant.ts";
import { escapeMarkdown, escapeMessage } from "../render/escape.ts";
import { render, type Templates } from "../render/handlebars.ts";
import { truncate } from "../util/text.ts";
import { reviewingMeeting } from "./calendar.ts";
import type { LedgerEntry } from "./ledger-totals.ts";
import { formatAmount } from "./money.ts";
import { readyHeading } from "./request-heading.ts";
import { ownedProposalLabels, proposalRules } from "./rules/charter-proposal.ts";
import { type GrantPolicyResult, grantPolicy, ownedGrantLabels } from "./rules/grant.ts";

export const REQUEST_COMMENT = "request-report";

export type RequestKind = "grant" | "charter";

export interface RequestInput {
  kind: RequestKind;
  /** `createdAt`: when the issue was opened (ISO 8601): a grant request's lead time and decision target count from it. */
  issue: {
    number: number;
    title: string;
    body: string;
    author: string;
    labels: string[];
    createdAt?: string;
  };
  /** The repository owner, for the team mention (`@owner/team`). */
  owner: string;
  config: Config;
  now: Date;
  /** Slugs of existing work groups: a proposal may not take one. */
  existingSlugs: ReadonlySet<string>;
  /** The grants ledger's records a grant request's rules read (cap per organisation, fast track). */
  ledger?: readonly LedgerEntry[];
  /** The comment templates (gather/comment-templates.ts), with the repository's own version where it has one. */
  templates: Templates;
}

export interface RequestPlan {
  kind: RequestKind;
  /** No errors: the request moves on. */
  valid: boolean;
  /** The labels the issue should carry, among those this flow owns. */
  labels: string[];
  ownsLabel: (label: string) => boolean;
  /** The sticky comment's text (without its marker). */
  comment: string;
  summary: string;
  /** Every problem found in the request, as listed in the comment. */
  findings: Finding[];
  grant?: GrantRequest;
  policy?: GrantPolicyResult;
  charter?: Charter;
}

/** The form label decides; an issue whose label was removed is still recognised by its form headings. */
export function requestKind(
  labels: readonly string[],
  body: string,
  config: Config,
): RequestKind | undefined {
  if (labels.includes(config.labels.grant)) return "grant";
  if (labels.includes(config.labels.charter)) return "charter";
  if (parseFormBody(body, "grant").fromForm) return "grant";
  if (parseFormBody(body, "charter").fromForm) return "charter";
  return undefined;
}

export function decideRequest(input: RequestInput): RequestPlan {
  return input.kind === "grant" ? decideGrant(input) : decideCharter(input);
}

function decideGrant(input: RequestInput): RequestPlan {
  const { config, issue, now } = input;
  const form = grantFromForm(issue.body, { author: issue.author, config });
  const policy = form.request
    ? grantPolicy(form.request, { config, now, ledger: input.ledger ?? [], filedAt: issue.createdAt })
    : undefined;
  const findings = [...form.findings, ...(policy?.findings ?? [])];
  const valid = form.fromForm && form.request !== undefined && !findings.some((f) => f.severity === "error");
  const L = config.labels;
  // The labels of the rules that found something (grant/late, …), in rule order.
  const flags = policy?.labels ?? [];
  const status = statusLabels(
    input,
    [L.needs_info, L.grants_wg_review],
    valid ? L.grants_wg_review : L.needs_info,
    [L.board_review],
  );
  const owned = ownedGrantLabels(config);
  const request = form.request;
  const facts = request
    ? [
        ["Applicant", `${request.applicant.name} (${request.applicant.github})`],
        ["Organisation", request.organisation.name],
        [
          "Event",
          `${request.event.name}, ${request.event.start_date} to ${request.event.end_date}, ${request.event.location}`,
        ],
        ["Expected attendees", String(request.event.expected_attendees)],
        ["Amount requested", amountFact(request, policy, config)],
        ...(policy
          ? [
              [
                "Filed",
                policy.filed.known ? policy.filed.date : `not known (counted as ${policy.filed.date})`,
              ],
            ]
          : []),
        // The target, named as such: over the threshold the board's meeting may come later, and the row below says so.
        ...(policy ? [["Decision target", policy.decision.target]] : []),
        ...(policy?.reviewingMeeting ? [["Earliest board meeting", policy.reviewingMeeting]] : []),
      ]
    : [];
  const comment = renderReport(
    input,
    "grant",
    form.fromForm,
    findings,
    facts,
    valid ? grantNext(input, request, policy) : "",
  );
  return {
    kind: "grant",
    valid,
    labels: [L.grant, ...status, ...flags],
    ownsLabel: (l) => owned.has(l),
    comment,
    summary: valid
      ? "grant request complete: routed to the Grants WG"
      : `grant request needs info (${errorCount(findings)} errors)`,
    findings,
    grant: request,
    policy,
  };
}

function decideCharter(input: RequestInput): RequestPlan {
  const { config, issue, now, existingSlugs } = input;
  const form = charterFromForm(issue.body, { config });
  const rules = form.charter
    ? proposalRules(form.charter, { config, now, existingSlugs: new Set(existingSlugs) })
    : [];
  const findings = [...form.findings, ...rules];
  const valid = form.fromForm && form.charter !== undefined && !findings.some((f) => f.severity === "error");
  const L = config.labels;
  const status = statusLabels(
    input,
    [L.needs_info, L.board_review],
    valid ? L.board_review : L.needs_info,
    [],
  );
  const owned = ownedProposalLabels(config);
  const charter = form.charter;
  const facts = charter
    ? [
        ["Work group", `${charter.name} (${charter.slug})`],
        ["Chairs", charter.participants.chairs.join(", ")],
        ["Members", `${charter.participants.members.length}: ${charter.participants.members.join(", ")}`],
        ["Active time", `${charter.active_time.start} to ${charter.active_time.review} (review)`],
      ]
    : [];
  const meeting = reviewingMeeting(config.board, now);
  const next = valid
    ? `It goes to **board review**${meeting ? `: the next board meeting that can consider it is on **${meeting}**` : ""}. When the board approves it, wgbot opens a pull request that adds \`${config.paths.workgroups}/${charter?.slug}/charter.yml\`.`
    : "";
  return {
    kind: "charter",
    valid,
    labels: [L.charter, ...status],
    ownsLabel: (l) => owned.has(l),
    comment: renderReport(input, "charter", form.fromForm, findings, facts, next),
    summary: valid
      ? "charter proposal complete: routed to board review"
      : `charter proposal needs info (${errorCount(findings)} errors)`,
    findings,
    charter,
  };
}

/**
 * The status label validation sets — unless the item has moved past validation (a decision, or for a grant the
 * board's review): then the status labels are left as they are and only the comment and flags follow the edit.
 */
function statusLabels(
  input: RequestInput,
  managed: string[],
  wanted: string,
  laterStages: string[],
): string[] {
  const L = input.config.labels;
  const current = input.issue.labels;
  const moved = [L.approved, L.declined, L.deferred, ...laterStages].some((l) => current.includes(l));
  return moved ? managed.filter((l) => current.includes(l)) : [wanted];
}

function amountFact(request: GrantRequest, policy: GrantPolicyResult | undefined, config: Config): string {
  const asked = formatAmount(request.requested.amount, request.requested.currency);
  if (request.requested.currency === config.base_currency || !policy || Number.isNaN(policy.amountInBase))
    return asked;
  return `${asked} (≈ ${formatAmount(policy.amountInBase, config.base_currency)})`;
}

function grantNext(
  input: RequestInput,
  request: GrantRequest | undefined,
  policy: GrantPolicyResult | undefined,
): string {
  const { config, owner } = input;
  const team = config.teams.mention_grants_wg ? ` (@${owner}/${config.teams.grants_wg})` : "";
  const threshold = formatAmount(config.grants.board_threshold, config.base_currency);
  const route = `It goes to the **Grants Work Group**${team} for review.`;
  if (!request || !policy) return route;
  const { target, weeks } = policy.decision;
  const expected = `a decision can be expected by **${target}**, ${weeks} weeks after it was filed`;
  if (policy.flags.overThreshold) {
    const meeting = policy.reviewingMeeting
      ? ` The earliest board meeting that can decide it is on **${policy.reviewingMeeting}**.`
      : " No board meeting that could decide it is scheduled yet.";
    return `${route}${meeting}`;
  }
  // The fast-track rule's note says why and by when, right below: said once.
  if (policy.flags.fastTrack) return `${route} It is on the **fast track**.`;
  return `${route} For requests up to ${threshold}, the Grants WG's decision is final: ${expected}.`;
}

function renderReport(
  input: RequestInput,
  form: FormName,
  fromForm: boolean,
  findings: Finding[],
  facts: string[][],
  next: string,
): string {
  // Form findings already start with the field's label in bold; rule findings get it here.
  const item = (f: Finding) => ({
    field: f.message.startsWith("**") ? undefined : escapeMarkdown(fieldOf(form, f)),
    message: escapeMessage(f.message),
    hint: f.hint ? escapeMessage(f.hint) : undefined,
  });
  const errors = findings.filter((f) => f.severity === "error").map(item);
  const warnings = findings.filter((f) => f.severity === "warning").map(item);
  const suggestions = findings.filter((f) => f.severity === "suggestion").map(item);
  const what = form === "grant" ? "grant request" : "work group proposal";
  return render(input.templates, "request-report", {
    what,
    formName: form === "grant" ? "Grant request" : "New work group",
    notFromForm: !fromForm,
    ready: fromForm && errors.length === 0,
    heading: readyHeading(what, form === "grant" ? "the Grants WG" : "board review", warnings, suggestions),
    errors,
    warnings,
    suggestions,
    notes: findings.filter((f) => f.severity === "note").map(item),
    // Echoed answers are shortened: a comment must fit in GitHub's limit, whatever was typed.
    facts: facts.map(([label, value]) => ({ label, value: escapeMarkdown(truncate(value ?? "", 300)) })),
    next,
  });
}

/** The form field a finding is about, by its label as the author saw it on the form. */
function fieldOf(form: FormName, finding: Finding): string {
  const head = finding.path[0];
  const map = form === "grant" ? GRANT_FIELDS : CHARTER_FIELDS;
  const id = typeof head === "string" ? (fieldForPath(map, finding.path) ?? head) : undefined;
  if (id === undefined) return form === "grant" ? "Request" : "Proposal";
  try {
    return fieldLabel(form, id);
  } catch {
    return id;
  }
}

function errorCount(findings: Finding[]): number {
  return findings.filter((f) => f.severity === "error").length;
}
