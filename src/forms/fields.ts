/**
 * What the grant and charter readers share: reading one field's answer into a value, turning problems into
 * findings on that form field (path `[fieldId]`, message starting with the field's label), mapping schema errors
 * back to form fields, and a locator that points at a field's answer in the issue body.
 */
import type { ErrorObject } from "ajv";
import type { Finding } from "../finding.ts";
import type { Locator } from "../problems.ts";
import { type JsonSchema, resolveRef, type SchemaName, schemas, validator } from "../schema/registry.ts";
import { truncate } from "../util/text.ts";
import { parsePointer } from "../yaml/locate.ts";
import type { Answer, ParsedFormBody } from "./body.ts";
import { type FormTemplate, fieldLabel } from "./issue-form-definitions.ts";
import { bold, lowerFirst, quote } from "./markdown.ts";
import type { ValueResult } from "./values/result.ts";

/** A document being built from a form: every field optional, all the way down. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface FormContext {
  form: FormTemplate;
  parsed: ParsedFormBody;
  findings: Finding[];
}

/** A finding on one form field: path `[id]`, message "**Label**: …". */
export function fieldFinding(
  form: FormTemplate,
  id: string,
  code: string,
  message: string,
  hint?: string,
  severity: Finding["severity"] = "error",
): Finding {
  return { severity, code, path: [id], message: `${bold(fieldLabel(form, id))}: ${message}`, hint };
}

/** The answer's text, or undefined when the field is missing or says nothing. */
export function textOf(ctx: FormContext, id: string): string | undefined {
  const answer = ctx.parsed.answers.get(id);
  return answer && !answer.empty ? answer.text : undefined;
}

/** Parses a field's answer; a failure becomes a finding on the field and the value is undefined. */
export function readField<T>(
  ctx: FormContext,
  id: string,
  code: string,
  parse: (text: string, answer: Answer) => ValueResult<T>,
): T | undefined {
  const answer = ctx.parsed.answers.get(id);
  if (!answer || answer.empty) return undefined;
  const result = parse(answer.text, answer);
  if (result.ok) return result.value;
  ctx.findings.push(fieldFinding(ctx.form, id, code, lowerFirst(result.message), result.hint));
  return undefined;
}

export interface RequiredOptions {
  /** Required in the form but filled in some other way (e.g. the applicant's login from the issue author). */
  notRequired?: ReadonlySet<string>;
  /** Fields where a written "None" is a proper answer (e.g. resources requested). */
  noneIsAnswer?: ReadonlySet<string>;
}

/** Required fields left empty, and sections whose heading was deleted from the body. */
export function requiredFindings(ctx: FormContext, options: RequiredOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const field of ctx.form.fields) {
    if (!field.required || options.notRequired?.has(field.id)) continue;
    const answer = ctx.parsed.answers.get(field.id);
    if (!answer) findings.push(missingSection(ctx.form, field.id));
    else if (answer.empty && !(answer.text !== "" && options.noneIsAnswer?.has(field.id)))
      findings.push(emptyRequired(ctx.form, field.id));
  }
  return findings;
}

export function missingSection(form: FormTemplate, id: string): Finding {
  const label = fieldLabel(form, id);
  return fieldFinding(
    form,
    id,
    "form.missing-section",
    "this section is missing from the issue: its heading was removed or renamed.",
    `Edit the issue and add the heading \`### ${label}\` back, with your answer under it.`,
  );
}

export function emptyRequired(form: FormTemplate, id: string, why = "this field is required."): Finding {
  return fieldFinding(form, id, "form.required", `no answer; ${why}`, "Edit the issue and fill it in.");
}

export function notFromForm(form: FormTemplate): Finding {
  return {
    severity: "error",
    code: "form.not-from-form",
    path: [],
    message: `This issue was not written with the "${form.name}" form, so wgbot cannot read its answers.`,
    hint: `Open a new issue with the "${form.name}" form, or edit this one so that each answer sits under its \`### <question>\` heading.`,
  };
}

/** Findings in the order of the form's fields (whole-body findings first), as a comment should list them. */
export function inFormOrder(form: FormTemplate, findings: readonly Finding[]): Finding[] {
  const rank = new Map(form.fields.map((f, i) => [f.id, i]));
  const order = (f: Finding) =>
    f.path.length === 0 ? -1 : (rank.get(String(f.path[0])) ?? form.fields.length);
  return [...findings].sort((a, b) => order(a) - order(b));
}

/** Schema paths (dotted, without list indices) → form field ids; the longest matching prefix wins. */
export type FieldMap = readonly (readonly [string, string])[];

export function fieldForPath(map: FieldMap, path: readonly (string | number)[]): string | undefined {
  const names = path.filter((p): p is string => typeof p === "string");
  for (let n = names.length; n > 0; n--) {
    const key = names.slice(0, n).join(".");
    const hit = map.find(([schemaPath]) => schemaPath === key);
    if (hit) return hit[1];
  }
  return undefined;
}

/**
 * Validates the built document with its JSON Schema and reports each error on the form field it concerns,
 * in the form's words. Fields that already have a finding are skipped (one message per field is enough), and
 * so is anything the schema says twice.
 */
export function schemaFindings(
  schema: SchemaName,
  data: unknown,
  ctx: FormContext,
  map: FieldMap,
  /** Fields whose errors are left to policy rules: they neither produce findings nor make the data invalid. */
  leftToPolicy: ReadonlySet<string> = new Set(),
): { valid: boolean; findings: Finding[] } {
  const validate = validator(schema);
  if (validate(data)) return { valid: true, findings: [] };
  const done = new Set(ctx.findings.filter((f) => f.severity === "error").map((f) => String(f.path[0])));
  const findings: Finding[] = [];
  let valid = true;
  for (const error of validate.errors ?? []) {
    // `if` and `propertyNames` errors only accompany the error that says what is wrong.
    if (error.keyword === "if" || error.keyword === "propertyNames") continue;
    const path = parsePointer(error.instancePath);
    if (error.keyword === "required")
      path.push(String((error.params as { missingProperty: string }).missingProperty));
    const id = fieldForPath(map, path);
    if (id !== undefined && leftToPolicy.has(id)) continue;
    valid = false;
    if (!id || done.has(id)) continue;
    done.add(id);
    const { message, hint } = describe(schemas[schema], error, path);
    findings.push(fieldFinding(ctx.form, id, `schema.${error.keyword}`, message, hint));
  }
  return { valid, findings };
}

function describe(
  root: JsonSchema,
  error: ErrorObject,
  path: readonly (string | number)[],
): { message: string; hint?: string } {
  const params = error.params as Record<string, unknown>;
  const parent = resolveRef(root, error.parentSchema as JsonSchema | undefined);
  const node =
    error.keyword === "required"
      ? resolveRef(root, parent?.properties?.[String(params.missingProperty)])
      : parent;
  const example = node?.examples?.[0];
  const eg = example !== undefined && typeof example !== "object" ? `, e.g. ${String(example)}` : "";
  const index = path.find((p): p is number => typeof p === "number");
  const item = index === undefined ? "" : `item ${index + 1}: `;
  const value = typeof error.data === "string" ? quote(error.data) : "the answer";
  switch (error.keyword) {
    case "required":
      return { message: `${item}no answer; this field is required.`, hint: node?.description };
    case "format":
      if (params.format === "date") return { message: `${item}write the date as YYYY-MM-DD${eg}.` };
      if (params.format === "uri")
        return { message: `${item}write a full web address starting with https://${eg}.` };
      if (params.format === "email") return { message: `${item}write an email address${eg}.` };
      return { message: `${item}${value} is not in the expected form${eg}.` };
    case "pattern":
      return { message: `${item}${value} is not in the expected form${eg}.`, hint: node?.description };
    case "minLength":
      return typeof error.data === "string" && error.data.trim() === ""
        ? { message: `${item}no answer; this field is required.` }
        : {
            message: `${item}too short: write at least ${params.limit} characters.`,
            hint: node?.description,
          };
    case "maxLength":
      return { message: `${item}too long: write at most ${params.limit} characters.` };
    case "minItems":
      return {
        message: `${item}list at least ${params.limit === 1 ? "one item" : `${params.limit} items`}.`,
        hint: node?.description,
      };
    case "uniqueItems":
      return { message: `${item}an item is listed twice.`, hint: "Remove the repeated item." };
    case "minimum":
      return { message: `${item}must be at least ${params.limit}.` };
    case "exclusiveMinimum":
      return { message: `${item}must be more than ${params.limit}.` };
    case "maximum":
      return { message: `${item}must be at most ${params.limit}.` };
    case "enum":
    case "const":
      return { message: `${item}${value} is not one of the options.` };
    default:
      return {
        message: `${item}${value} is not valid: ${truncate(error.message ?? "unknown problem", 80)}.`,
      };
  }
}

/**
 * Where a finding is in the issue body. Takes a form path (`["start_date"]`) or a schema path
 * (`["event", "start_date"]`, `["budget", 2, "cost"]`); `at: "key"` is the field's heading, `"value"` its answer.
 * `itemLines` gives the body line of each list item (e.g. each budget item) so item paths point at their line.
 */
export function formLocator(
  parsed: ParsedFormBody,
  map: FieldMap,
  itemLines: ReadonlyMap<string, readonly number[]> = new Map(),
): Locator {
  return (path, at) => {
    const head = path[0];
    const id = typeof head === "string" && parsed.answers.has(head) ? head : fieldForPath(map, path);
    const answer = id === undefined ? undefined : parsed.answers.get(id);
    if (!answer || id === undefined) return {};
    if (at === "key") return { line: answer.headingLine, column: 1 };
    const index = path.find((p): p is number => typeof p === "number");
    const itemLine = index === undefined ? undefined : itemLines.get(id)?.[index];
    return { line: itemLine ?? answer.line, column: 1 };
  };
}

/** Drops undefined values and empty objects, so the partial document holds only what was answered. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c === undefined) continue;
    if (c !== null && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out as T;
}
