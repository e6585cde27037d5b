/**
 * The "New work group" issue form → a Charter (src/generated/charter.ts) with status `proposed`, every problem
 * a finding on its form field. Chairs and members are kept as typed: a rule elsewhere reports chairs who are
 * not listed as members.
 */
import type { Config } from "../config/types.ts";
import type { Finding } from "../finding.ts";
import type { Charter, ReportingCadence } from "../generated/charter.ts";
import type { Locator } from "../problems.ts";
import { type ParsedFormBody, parseFormBody } from "./body.ts";
import {
  compact,
  type DeepPartial,
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
import { loadForm } from "./issue-form-definitions.ts";
import { isNothing, quote, stripChars } from "./markdown.ts";
import { type BudgetTotal, parseBudget } from "./values/budget.ts";
import { parseFormDate } from "./values/dates.ts";
import { parseDropdown } from "./values/dropdown.ts";
import { parseList } from "./values/lists.ts";
import { parsePeople } from "./values/people.ts";
import { fail, ok, type ValueResult } from "./values/result.ts";

export interface CharterFromForm {
  fromForm: boolean;
  /** The proposed charter, when the answers make a complete, schema-valid one. */
  charter?: Charter;
  partial: DeepPartial<Charter>;
  /** Problems with the answers; `path` is `[formFieldId]`. */
  findings: Finding[];
  /** The budget's `Total` line, if one was written. */
  budgetTotal?: BudgetTotal;
  locate: Locator;
  parsed: ParsedFormBody;
}

export interface CharterFormContext {
  config: Pick<Config, "base_currency" | "currency_rates">;
}

export const CHARTER_FIELDS: FieldMap = [
  ["slug", "slug"],
  ["name", "name"],
  ["mission_alignment", "mission_alignment"],
  ["purpose", "purpose"],
  ["goals", "goals"],
  ["active_time.start", "start"],
  ["active_time.review", "review"],
  ["active_time", "start"],
  ["core_values", "core_values"],
  ["governance", "governance"],
  ["decision_making", "decision_making"],
  ["communication", "communication"],
  ["participants.chairs", "chairs"],
  ["participants.members", "members"],
  ["participants", "members"],
  ["support.resources", "resources"],
  ["support.budget", "budget"],
  ["support", "resources"],
  ["reporting", "cadence"],
];

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

/** "Packaging Work Group" → "packaging-work-group": a suggestion, never applied silently. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
}

/** Case and backticks do not matter (`Packaging` → packaging); anything else must already be a slug. */
export function parseSlug(text: string, name?: string): ValueResult<string> {
  const slug = stripChars(text.trim(), "`").trim().toLowerCase();
  if (SLUG.test(slug)) return ok(slug);
  const suggestion = slugify(slug) || (name ? slugify(name) : "");
  return fail(
    `${quote(text)} is not a valid short name: use only lower-case letters, digits and hyphens (at most 50), starting and ending with a letter or digit.`,
    suggestion ? `For example \`${suggestion}\`.` : "For example `packaging`.",
  );
}

export function charterFromForm(
  body: string | null | undefined,
  context: CharterFormContext,
): CharterFromForm {
  const form = loadForm("charter");
  const parsed = parseFormBody(body, form);
  const findings: Finding[] = [];
  const ctx: FormContext = { form, parsed, findings };
  if (!parsed.fromForm)
    return { fromForm: false, partial: {}, findings: [notFromForm(form)], locate: () => ({}), parsed };
  findings.push(...requiredFindings(ctx, { noneIsAnswer: new Set(["resources"]) }));
  const name = textOf(ctx, "name");

  const budgetAnswer = parsed.answers.get("budget");
  const budget =
    budgetAnswer && !budgetAnswer.empty
      ? parseBudget(budgetAnswer.text, { config: context.config, firstLine: 1 })
      : undefined;
  for (const p of budget?.problems ?? [])
    findings.push(
      fieldFinding(form, "budget", "form.budget-line", `in line ${p.line}, ${p.message}`, p.hint),
    );
  const budgetLines = (budget?.items ?? []).map((i) => (budgetAnswer?.line ?? 1) + i.line - 1);

  const cadence = readField(ctx, "cadence", "form.option", (t) => {
    const options = form.fields.find((f) => f.id === "cadence")?.options ?? [];
    const option = parseDropdown(t, options);
    return option.ok ? ok(option.value.toLowerCase() as ReportingCadence) : option;
  });

  const partial = compact<DeepPartial<Charter>>({
    slug: readField(ctx, "slug", "form.slug", (t) => parseSlug(t, name)),
    name,
    status: "proposed",
    mission_alignment: textOf(ctx, "mission_alignment"),
    purpose: textOf(ctx, "purpose"),
    goals: listOf(ctx, "goals"),
    active_time: {
      start: readField(ctx, "start", "form.date", parseFormDate),
      review: readField(ctx, "review", "form.date", parseFormDate),
    },
    core_values: listOf(ctx, "core_values"),
    governance: textOf(ctx, "governance"),
    decision_making: textOf(ctx, "decision_making"),
    communication: { plan: textOf(ctx, "communication") },
    participants: {
      chairs: readField(ctx, "chairs", "form.login", parsePeople),
      members: readField(ctx, "members", "form.login", parsePeople),
    },
    support: {
      resources: resourcesOf(ctx),
      budget: budget?.items.map(({ description, cost, currency }) => ({
        description,
        amount: cost,
        currency,
      })),
    },
    reporting: { cadence },
  });
  if (partial.support?.budget?.length === 0) delete partial.support.budget;

  const schema = schemaFindings("charter", partial, ctx, CHARTER_FIELDS);
  findings.push(...schema.findings);
  const total = budget?.total;
  return {
    fromForm: true,
    charter: schema.valid ? (partial as Charter) : undefined,
    partial,
    findings: inFormOrder(form, findings),
    budgetTotal: total ? { ...total, line: (budgetAnswer?.line ?? 1) + total.line - 1 } : undefined,
    locate: formLocator(parsed, CHARTER_FIELDS, new Map([["budget", budgetLines]])),
    parsed,
  };
}

function listOf(ctx: FormContext, id: string): string[] | undefined {
  const text = textOf(ctx, id);
  return text === undefined ? undefined : parseList(text);
}

/** The form asks for "None" when nothing is needed, and the schema keeps it as a single item. */
function resourcesOf(ctx: FormContext): string[] | undefined {
  const answer = ctx.parsed.answers.get("resources");
  if (!answer) return undefined;
  if (answer.text !== "" && isNothing(answer.text)) return ["None"];
  return answer.empty ? undefined : parseList(answer.text);
}
