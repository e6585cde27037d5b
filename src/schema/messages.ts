/**
 * Rewrites Ajv's errors as plain sentences with a hint, positioned on the offending YAML node.
 * Users never see raw Ajv output: every keyword our schemas use has a sentence here.
 */
import type { ErrorObject } from "ajv";
import { type Finding, placeFindings } from "../finding.ts";
import type { Locator, Problem } from "../problems.ts";
import { BIDI, invisibleIn } from "../util/invisible.ts";
import { loginAfterAt, loginWithoutAt } from "../util/login.ts";
import { closest, listing, quoted } from "../util/text.ts";
import { parsePointer } from "../yaml/locate.ts";
import {
  describeValue,
  FORMAT_NAMES,
  fieldName,
  impossibleDate,
  isSingleEntry,
  joinHint,
  likelyFix,
  midSentence,
  TYPE_NAMES,
  withoutMoneySigns,
} from "./message-words.ts";
import { type JsonSchema, resolveRef } from "./registry.ts";
import { exampleOf, firstExample, schemaAt } from "./schema-examples.ts";

export function schemaProblems(
  file: string,
  root: JsonSchema,
  errors: readonly ErrorObject[],
  locateAt: Locator,
): Problem[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const written = describe(root, error);
    if (!written) continue;
    const key = `${written.path.join("/")}|${written.message}`;
    if (seen.has(key)) continue; // e.g. `type` errors reported once per branch of a union
    seen.add(key);
    findings.push({
      severity: "error",
      code: `schema.${error.keyword}`,
      path: written.path,
      at: written.at,
      message: written.message,
      hint: written.hint,
    });
  }
  return placeFindings(file, findings, locateAt);
}

interface Written {
  path: (string | number)[];
  at: "key" | "value";
  message: string;
  hint?: string;
}

function describe(root: JsonSchema, error: ErrorObject): Written | undefined {
  const path = parsePointer(error.instancePath);
  const name = fieldName(path);
  const schema = resolveRef(root, error.parentSchema as JsonSchema | undefined);
  const params = error.params as Record<string, unknown>;
  const example = exampleOf(path, schema);
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      // A conditional `then: { required: [...] }` has no properties of its own: look the field up where it lives.
      const sub = resolveRef(
        root,
        schema?.properties?.[missing] ?? resolveRef(root, schemaAt(root, path))?.properties?.[missing],
      );
      const where = path.length === 0 ? "The file" : name;
      return {
        path,
        at: "key",
        message: `${where} is missing the required field \`${missing}\`.`,
        hint: joinHint(sub?.description, exampleOf([missing], sub, "Add")),
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(schema?.properties ?? {});
      const guess = closest(extra, allowed);
      const where = path.length === 0 ? "" : ` in ${midSentence(name)}`;
      return {
        path: [...path, extra],
        at: "key",
        message: `Unknown field ${quoted(extra)}${where}.`,
        hint: guess
          ? `Did you mean \`${guess}\`?`
          : allowed.length > 0
            ? `The fields allowed here are: ${allowed.map((k) => `\`${k}\``).join(", ")}.`
            : undefined,
      };
    }
    case "type": {
      const types = String(params.type).split(",");
      const expected = types.map((t) => TYPE_NAMES[t] ?? t);
      const last = path[path.length - 1];
      const data = error.data;
      const numeric = types.includes("number") || types.includes("integer");
      // What is left of the text once currency signs, codes and thousands separators are taken out.
      const amount = numeric && typeof data === "string" ? withoutMoneySigns(data) : undefined;
      let hint = example;
      let actual = describeValue(data);
      if (path.length === 0) {
        hint = joinHint("Write one `field: value` pair per line, with nothing in front", firstExample(root));
      } else if (numeric && typeof data === "string" && data.trim() !== "" && Number.isFinite(Number(data))) {
        // `value: "42"`: the quotes make it text.
        actual = `the text ${quoted(data)}`;
        const shown = typeof last === "string" ? `${last}: ${Number(data)}` : `- ${Number(data)}`;
        hint = `Remove the quotes: ${quoted(shown, 80)}`;
      } else if (amount !== undefined && Number.isFinite(Number(amount)) && amount !== "") {
        // `amount: $1,200` or `amount: 1200 USD`: only digits make a number.
        const shown = `${typeof last === "string" ? `${last}: ` : "- "}${Number(amount)}`;
        hint = `Write the number alone, without currency sign, code or thousands separators: ${quoted(shown, 80)}`;
      } else if (types.includes("string") && isSingleEntry(data)) {
        // `- Note: the sprint moved`: a colon followed by a space turns text into a `key: value` pair.
        const [k, v] = Object.entries(data)[0] as [string, unknown];
        const text = `${k}: ${typeof v === "string" ? v : ""}`.trim();
        const shown =
          typeof last === "string" ? `${last}: ${JSON.stringify(text)}` : `- ${JSON.stringify(text)}`;
        hint = `Text that contains \`: \` must be quoted: ${quoted(shown, 60)}`;
      }
      return {
        path,
        at: "value",
        message:
          path.length > 0 && (data === null || data === undefined)
            ? `${name} is empty: it must be ${listing(expected, "or")}.`
            : `${name} must be ${listing(expected, "or")}, not ${actual}.`,
        hint,
      };
    }
    case "enum": {
      const options = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === "string" ? closest(error.data, options) : undefined;
      return {
        path,
        at: "value",
        message: `${name} must be one of ${listing(
          options.map((o) => `\`${o}\``),
          "or",
        )}, not ${describeValue(error.data)}.`,
        hint: guess ? `Did you mean \`${guess}\`?` : schema?.description,
      };
    }
    case "const":
      return { path, at: "value", message: `${name} must be \`${String(params.allowedValue)}\`.` };
    case "format": {
      const format = String(params.format);
      const impossible = format === "date" ? impossibleDate(error.data) : undefined;
      // `2027-02-30` is written as asked: what is wrong is the day, and saying "write YYYY-MM-DD" would mislead.
      if (impossible)
        return {
          path,
          at: "value",
          message: `${name} is ${describeValue(error.data)}, not a real date: ${impossible}.`,
          hint: example,
        };
      const what = FORMAT_NAMES[format] ?? `in the ${format} format`;
      return {
        path,
        at: "value",
        message: `${name} must be ${what}, not ${describeValue(error.data)}.`,
        hint: example,
      };
    }
    case "pattern": {
      const pattern = String(params.pattern);
      const value = typeof error.data === "string" ? error.data : undefined;
      const invisible = value === undefined ? undefined : invisibleIn(value);
      // After removing a right-to-left control the text reads differently from what was shown: suggest nothing.
      const fix = value === undefined || BIDI.test(value) ? undefined : likelyFix(value, pattern);
      // `@alice` for a login: the hint every place that sees one gives, instead of a guess and the description.
      const login = value === undefined ? undefined : loginAfterAt(value);
      const fixHint = invisible
        ? `It contains an invisible character (${invisible}); delete the value and type it again${fix ? `: \`${fix}\`` : ""}.`
        : login !== undefined && login === fix
          ? loginWithoutAt(login)
          : fix
            ? `Did you mean \`${fix}\`?`
            : undefined;
      // `@psf/board` or `@board` where a team's slug belongs (`teams.board`): a team is not a login.
      const team = value === undefined ? undefined : teamAfterMention(value, pattern);
      if (team !== undefined)
        return {
          path,
          at: "value",
          message: `${name} is not in the expected form: ${describeValue(error.data)}.`,
          hint: `Write the team's slug alone, without the @ or the organisation: \`${team}\`.`,
        };
      if (error.propertyName !== undefined) {
        // A key that does not fit the mapping's `propertyNames` (e.g. `eur:` in `currency_rates`).
        return {
          path: [...path, error.propertyName],
          at: "key",
          message: `The key ${describeValue(error.propertyName)} in ${midSentence(name)} is not in the expected form.`,
          hint: fixHint ?? joinHint(schema?.description),
        };
      }
      return {
        path,
        at: "value",
        message: `${name} is not in the expected form: ${describeValue(error.data)}.`,
        hint:
          login !== undefined && fixHint === loginWithoutAt(login)
            ? fixHint
            : joinHint(fixHint, schema?.description, fixHint ? undefined : example),
      };
    }
    case "minLength":
      return {
        path,
        at: "value",
        message:
          typeof error.data === "string" && error.data.trim() === ""
            ? `${name} is empty.`
            : `${name} is too short: write at least ${params.limit} characters.`,
        hint: joinHint(schema?.description, example),
      };
    case "maxLength":
      return { path, at: "value", message: `${name} is too long: at most ${params.limit} characters.` };
    case "minItems":
      return {
        path,
        at: "value",
        message:
          Array.isArray(error.data) && error.data.length === 0
            ? `${name} is empty: list at least ${params.limit === 1 ? "one item" : `${params.limit} items`}.`
            : `${name} needs at least ${params.limit} items.`,
        hint: joinHint(schema?.description, example),
      };
    case "maxItems":
      return { path, at: "value", message: `${name} has too many items: at most ${params.limit}.` };
    case "uniqueItems": {
      const j = Number(params.j);
      const data = error.data as unknown[];
      return {
        path: [...path, Math.max(Number(params.i), j)],
        at: "value",
        message: `${name} lists ${describeValue(data?.[j])} twice.`,
        hint: "Remove the repeated item.",
      };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words: Record<string, string> = {
        minimum: "at least",
        exclusiveMinimum: "more than",
        maximum: "at most",
        exclusiveMaximum: "less than",
      };
      return {
        path,
        at: "value",
        message: `${name} must be ${words[error.keyword]} ${params.limit}, not ${describeValue(error.data)}.`,
        hint: joinHint(schema?.description),
      };
    }
    case "propertyNames":
      return undefined; // reported through the nested `pattern` error on the key itself
    case "if":
      return undefined; // the `then` branch's own error (e.g. `required`) says what is missing
    default:
      return { path, at: "value", message: `${name} ${error.message ?? "is not valid"}.` };
  }
}

/** The schema's pattern for a GitHub team's slug (config.schema.json, `$defs.teamSlug`). */
const TEAM_SLUG_PATTERN = "^[a-z0-9][a-z0-9_-]*$";

/** `@psf/board` or `@board` → `board`, for a field that takes a team's slug; undefined otherwise. */
function teamAfterMention(text: string, pattern: string): string | undefined {
  if (pattern !== TEAM_SLUG_PATTERN) return undefined;
  const slug = /^@(?:[A-Za-z0-9-]+\/)?([A-Za-z0-9][A-Za-z0-9_-]*)$/.exec(text.trim())?.[1]?.toLowerCase();
  return slug !== undefined && new RegExp(TEAM_SLUG_PATTERN).test(slug) ? slug : undefined;
}
