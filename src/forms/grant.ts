/**
 * The "Grant request" issue form → a GrantRequest (src/generated/grant.ts), with every problem as a finding on
 * the form field it concerns. Policy (lead time, caps, items not covered) is not checked here: rules run on the
 * request this returns.
 */
import type { Config } from "../config/types.ts";
import type { Finding } from "../finding.ts";
import type { GrantRequest, GrantType } from "../generated/grant.ts";
import type { Locator } from "../problems.ts";
import { schemas } from "../schema/registry.ts";
import { type ParsedFormBody, parseFormBody } from "./body.ts";
import {
  compact,
  type DeepPartial,
  emptyRequired,
  type FieldMap,
  type FormContext,
  fieldFinding,
  formLocator,
  inFormOrder,
  notFromForm,
  readField,
  requiredFindings,
  schemaFindings,
  textOf,
} from "./fields.ts";
import { type FormTemplate, fieldById, loadForm, normaliseLabel } from "./issue-form-definitions.ts";
import { quote } from "./markdown.ts";
import { type BudgetTotal, parseBudget } from "./values/budget.ts";
import { parseFormDate } from "./values/dates.ts";
import { parseDropdown } from "./values/dropdown.ts";
import { parseList } from "./values/lists.ts";
import { parseMoney } from "./values/money.ts";
import { parsePeople } from "./values/people.ts";
import { fail, ok } from "./values/result.ts";
import { cleanEmail, parseCount, parseWebAddress } from "./values/simple.ts";

export interface GrantFromForm {
  /** False when the issue was not written with the form: then nothing else is meaningful but the finding. */
  fromForm: boolean;
  /**
   * The request, when the answers make a schema-valid one, so that policy rules can run at once. Two caveats:
   * other findings may still be errors (e.g. a budget line without a cost, left out of `budget`), and the Code
   * of Conduct may be missing, since requiring it is policy (see LEFT_TO_POLICY).
   */
  request?: GrantRequest;
  /** Whatever could be read, shaped like a GrantRequest. */
  partial: DeepPartial<GrantRequest>;
  /** Problems with the answers; `path` is `[formFieldId]`. */
  findings: Finding[];
  /** The `Total` line of the budget, if the applicant wrote one, its currency filled in; for a rule to compare. */
  budgetTotal?: BudgetTotal & { currency: string };
  /** Positions a finding (form or schema path) at its field in the issue body. */
  locate: Locator;
  parsed: ParsedFormBody;
}

export interface GrantFormContext {
  /** Login of the author: the applicant when "Your GitHub login" is left empty. */
  author?: string;
  config: Pick<Config, "base_currency" | "currency_rates">;
}

/** Schema path → form field id, for schema errors and for positioning rule findings. */
export const GRANT_FIELDS: FieldMap = [
  ["applicant.name", "applicant_name"],
  ["applicant.github", "applicant_github"],
  ["applicant.email", "applicant_email"],
  ["applicant", "applicant_name"],
  ["organisation.name", "organisation"],
  ["organisation.website", "organisation_website"],
  ["organisation", "organisation"],
  ["grant_type", "grant_type"],
  ["event.name", "event_name"],
  ["event.start_date", "start_date"],
  ["event.end_date", "end_date"],
  ["event.location", "location"],
  ["event.online", "format"],
  ["event.website", "event_website"],
  ["event.expected_attendees", "expected_attendees"],
  ["event", "event_name"],
  ["requested", "amount"],
  ["budget", "budget"],
  ["other_funding", "other_funding"],
  ["code_of_conduct.url", "coc_url"],
  ["code_of_conduct.contact", "coc_contact"],
  ["code_of_conduct", "coc_url"],
  ["previous_grants", "previous_grants"],
  ["deposit.quote", "deposit_quote"],
  ["deposit.due_date", "deposit_due"],
  ["deposit", "deposit_quote"],
];

/**
 * Whether a Code of Conduct is required is policy (`grants.require_code_of_conduct`, `…_contact`), so the
 * grant rules report a missing one, worded by the configuration; the form does not. A URL that is written but
 * is not a web address is still reported here.
 */
const LEFT_TO_POLICY: ReadonlySet<string> = new Set(["coc_url", "coc_contact"]);

const GRANT_TYPES = (schemas.grant.properties?.grant_type?.enum ?? []) as GrantType[];

/** "Meetup / user group" → meetup; "Deposit advance (venue …)" → deposit-advance; undefined if none fits. */
export function grantTypeOf(option: string): GrantType | undefined {
  const head = normaliseLabel(option.split(/\s*[(/]/)[0] ?? option).replace(/\s+/g, "-");
  return GRANT_TYPES.find((t) => t === head);
}

export function grantFromForm(body: string | null | undefined, context: GrantFormContext): GrantFromForm {
  const form = loadForm("grant");
  const parsed = parseFormBody(body, form);
  const findings: Finding[] = [];
  const ctx: FormContext = { form, parsed, findings };
  if (!parsed.fromForm)
    return { fromForm: false, partial: {}, findings: [notFromForm(form)], locate: () => ({}), parsed };

  const { config } = context;
  findings.push(...requiredFindings(ctx, { notRequired: new Set(["applicant_github", ...LEFT_TO_POLICY]) }));

  const grantType = readField(ctx, "grant_type", "form.option", (t) => {
    const option = parseDropdown(t, optionsOf(form, "grant_type"));
    if (!option.ok) return option;
    const type = grantTypeOf(option.value);
    return type
      ? ok(type)
      : fail(`${option.value} is not a grant type wgbot knows.`, "Choose another option.");
  });
  const format = readField(ctx, "format", "form.option", (t) => parseDropdown(t, optionsOf(form, "format")));
  const location = textOf(ctx, "location");
  const online = format
    ? normaliseLabel(format) === "online"
    : location
      ? /^online$/i.test(location)
      : undefined;

  const requested = readField(ctx, "amount", "form.amount", (t) => parseMoney(t, { config }));
  if (requested && !requested.currencyWritten)
    findings.push(
      fieldFinding(
        form,
        "amount",
        "form.currency-assumed",
        `no currency written, so the amount is read as ${requested.amount} ${requested.currency}.`,
        `If that is not right, write the currency next to the amount, e.g. \`${requested.amount} EUR\`.`,
        "warning",
      ),
    );

  const budgetAnswer = parsed.answers.get("budget");
  const budget =
    budgetAnswer && !budgetAnswer.empty
      ? parseBudget(budgetAnswer.text, { config, firstLine: 1 })
      : undefined;
  for (const p of budget?.problems ?? [])
    findings.push(
      fieldFinding(form, "budget", "form.budget-line", `in line ${p.line}, ${p.message}`, p.hint),
    );
  if (budget && budget.items.length === 0 && budget.problems.length === 0)
    findings.push(
      fieldFinding(
        form,
        "budget",
        "form.budget-empty",
        "no item with a cost was found.",
        "Write one item per line with its cost, e.g. `- Venue rental: 6,000 USD (essential)`.",
      ),
    );
  const budgetLines = (budget?.items ?? []).map((i) => (budgetAnswer?.line ?? 1) + i.line - 1);

  const github = applicantLogin(ctx, context.author);
  const deposit = depositOf(ctx, grantType);

  const partial = compact<DeepPartial<GrantRequest>>({
    applicant: {
      name: textOf(ctx, "applicant_name"),
      github,
      email: mapText(textOf(ctx, "applicant_email"), cleanEmail),
    },
    organisation: {
      name: textOf(ctx, "organisation"),
      website: readField(ctx, "organisation_website", "form.url", parseWebAddress),
    },
    grant_type: grantType,
    event: {
      name: textOf(ctx, "event_name"),
      start_date: readField(ctx, "start_date", "form.date", parseFormDate),
      end_date: readField(ctx, "end_date", "form.date", parseFormDate),
      location,
      online,
      website: readField(ctx, "event_website", "form.url", parseWebAddress),
      expected_attendees: readField(ctx, "expected_attendees", "form.number", parseCount),
    },
    requested: requested ? { amount: requested.amount, currency: requested.currency } : undefined,
    // Only a category the applicant wrote is theirs to be judged by; a guessed one stays out of the request.
    budget: budget?.items.map(({ description, category, categoryGiven, cost, currency, essential }) => ({
      description,
      ...(categoryGiven ? { category } : {}),
      cost,
      currency,
      essential,
    })),
    other_funding: listOf(ctx, "other_funding"),
    code_of_conduct: {
      url: readField(ctx, "coc_url", "form.url", parseWebAddress),
      contact: textOf(ctx, "coc_contact"),
    },
    previous_grants: listOf(ctx, "previous_grants"),
    deposit,
  });

  const schema = schemaFindings("grant", partial, ctx, GRANT_FIELDS, LEFT_TO_POLICY);
  findings.push(...schema.findings);
  const total = budget?.total;
  const currency = total?.currency ?? requested?.currency;
  return {
    fromForm: true,
    request: schema.valid ? (partial as GrantRequest) : undefined,
    partial,
    findings: inFormOrder(form, findings),
    budgetTotal:
      total && currency
        ? { ...total, currency, line: (budgetAnswer?.line ?? 1) + total.line - 1 }
        : undefined,
    locate: formLocator(parsed, GRANT_FIELDS, new Map([["budget", budgetLines]])),
    parsed,
  };
}

function optionsOf(form: FormTemplate, id: string): string[] {
  return fieldById(form, id)?.options ?? [];
}

function mapText(text: string | undefined, f: (t: string) => string): string | undefined {
  return text === undefined ? undefined : f(text);
}

function listOf(ctx: FormContext, id: string): string[] | undefined {
  const text = textOf(ctx, id);
  if (text === undefined) return undefined;
  const items = parseList(text);
  return items.length > 0 ? items : undefined;
}

/** The applicant's login: as written (one login), else the author. */
function applicantLogin(ctx: FormContext, author: string | undefined): string | undefined {
  const logins = readField(ctx, "applicant_github", "form.login", (t) => {
    const people = parsePeople(t);
    if (!people.ok || people.value.length <= 1) return people;
    return fail(
      `${quote(t)} holds ${people.value.length} logins; write only the applicant's.`,
      "Write one GitHub login, e.g. `@ada`; other organisers can be named in the issue's text.",
    );
  });
  const login = logins?.[0];
  if (login) return login;
  const answer = ctx.parsed.answers.get("applicant_github");
  if (answer && !answer.empty) return undefined; // written but not valid: already reported
  if (author) return author.replace(/^@/, "");
  ctx.findings.push(emptyRequired(ctx.form, "applicant_github"));
  return undefined;
}

/** A deposit advance needs the quote and the date the deposit is due; other grants may leave both empty. */
function depositOf(ctx: FormContext, grantType: GrantType | undefined): DeepPartial<GrantRequest["deposit"]> {
  const quote = textOf(ctx, "deposit_quote");
  const dueDate = readField(ctx, "deposit_due", "form.date", parseFormDate);
  if (grantType !== "deposit-advance") {
    // Kept when complete (nothing is lost), never an error: the fields are for deposit advances only.
    return quote !== undefined && dueDate !== undefined ? { quote, due_date: dueDate } : undefined;
  }
  const why = "a deposit advance needs it.";
  if (quote === undefined) ctx.findings.push(emptyRequired(ctx.form, "deposit_quote", why));
  if (ctx.parsed.answers.get("deposit_due")?.empty !== false)
    ctx.findings.push(emptyRequired(ctx.form, "deposit_due", why));
  return { quote, due_date: dueDate };
}
