/**
 * The issue forms in templates/issue-forms/ are the one source of truth for field ids, labels, types and
 * dropdown options. `npm run gen` turns them into src/generated/issue-forms.ts (scripts/gen-issue-forms.ts), so
 * the parser reads no file at run time; this module hands out a form's fields in form order, and parses a form's
 * YAML (the generator's, and a repository's installed copy, which `wgbot validate` compares).
 */
import { parse } from "yaml";
import { ISSUE_FORMS } from "../generated/issue-forms.ts";

export type FormName = "charter" | "grant";
export type FieldType = "input" | "textarea" | "dropdown" | "checkboxes";

export interface FormField {
  id: string;
  /** The heading GitHub renders for the field: `### <label>`. */
  label: string;
  type: FieldType;
  /** Dropdown and checkbox options, in form order; [] for other fields. */
  options: string[];
  required: boolean;
  /** A dropdown that accepts several answers (rendered comma-joined). */
  multiple: boolean;
  /** A textarea with `render:` set: GitHub wraps the answer in a code fence. */
  render?: string;
  description?: string;
}

export interface FormTemplate {
  name: string;
  fields: FormField[];
}

const FIELD_TYPES = new Set<string>(["input", "textarea", "dropdown", "checkboxes"]);

/** The form as GitHub shows it, as templates/issue-forms/<name>.yml had it when `npm run gen` last ran. */
export function loadForm(name: FormName): FormTemplate {
  return ISSUE_FORMS[name];
}

/** Accepts a form name or an already loaded form, so helpers work with test forms too. */
export function resolveForm(form: FormName | FormTemplate): FormTemplate {
  return typeof form === "string" ? loadForm(form) : form;
}

/**
 * Reads an issue form's YAML. Our own templates are trusted, so a broken one is a bug and throws: better at
 * the first test run than as a misparsed issue.
 */
export function formFromYaml(text: string): FormTemplate {
  const doc = parse(text) as { name?: unknown; body?: unknown } | null;
  if (!doc || !Array.isArray(doc.body)) throw new Error("wgbot: an issue form needs a `body` list.");
  const fields: FormField[] = [];
  for (const element of doc.body as Record<string, unknown>[]) {
    const type = String(element?.type ?? "");
    if (!FIELD_TYPES.has(type)) continue; // markdown blocks render nothing in the issue body
    const attributes = (element.attributes ?? {}) as Record<string, unknown>;
    const validations = (element.validations ?? {}) as Record<string, unknown>;
    const label = String(attributes.label ?? "").trim();
    if (!label) throw new Error(`wgbot: a ${type} field in an issue form has no label.`);
    const options = Array.isArray(attributes.options)
      ? attributes.options.map((o: unknown) =>
          String(typeof o === "object" && o !== null ? (o as { label?: unknown }).label : o).trim(),
        )
      : [];
    fields.push({
      id: typeof element.id === "string" ? element.id : label,
      label,
      type: type as FieldType,
      options,
      required: validations.required === true,
      multiple: attributes.multiple === true,
      render: typeof attributes.render === "string" ? attributes.render : undefined,
      description: typeof attributes.description === "string" ? attributes.description.trim() : undefined,
    });
  }
  const seen = new Set<string>();
  for (const f of fields) {
    const key = normaliseLabel(f.label);
    if (seen.has(key) || seen.has(`id:${f.id}`))
      throw new Error(`wgbot: two fields of an issue form share the label or id of "${f.label}".`);
    seen.add(key);
    seen.add(`id:${f.id}`);
  }
  return { name: typeof doc.name === "string" ? doc.name : "", fields };
}

export function fieldById(form: FormName | FormTemplate, id: string): FormField | undefined {
  return resolveForm(form).fields.find((f) => f.id === id);
}

/** The label people see for a field id; the id itself for an unknown one, so messages never say "undefined". */
export function fieldLabel(form: FormName | FormTemplate, id: string): string {
  return fieldById(form, id)?.label ?? id;
}

/**
 * How a label or heading is compared: case, spacing, dashes, curly quotes, Markdown emphasis and a trailing
 * colon do not matter, so a heading edited by hand still matches.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[*_`]+/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*:$/, "")
    .toLowerCase();
}
