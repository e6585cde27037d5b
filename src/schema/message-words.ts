/** The words of schema messages: how a field, a value and a type are named, and the small fixes worth suggesting. */
import { MONTH_NAMES } from "../util/dates.ts";
import { withoutInvisible } from "../util/invisible.ts";
import { quoted } from "../util/text.ts";
import { formatPath } from "../yaml/locate.ts";

export const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of `key: value` fields",
  null: "empty",
};

export const FORMAT_NAMES: Record<string, string> = {
  date: "a date written YYYY-MM-DD",
  uri: "a full web address starting with https://",
  email: "an email address",
};

export function fieldName(path: readonly (string | number)[]): string {
  if (path.length === 0) return "The file";
  const last = path[path.length - 1];
  if (typeof last === "number") return `Item ${last + 1} of ${quoted(formatPath(path.slice(0, -1)), 200)}`;
  return quoted(formatPath(path), 200);
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "string") return value === "" ? "empty text" : quoted(value);
  if (typeof value === "number" || typeof value === "boolean") return `\`${value}\``;
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}

export function joinHint(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => Boolean(p)).map((p) => (/[.!?`]$/.test(p) ? p : `${p}.`));
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/** "Item 2 of `x`" → "item 2 of `x`", for use inside a sentence. */
export function midSentence(name: string): string {
  return name.startsWith("Item ") ? `i${name.slice(1)}` : name.startsWith("The file") ? "the file" : name;
}

export function isSingleEntry(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1
  );
}

/** "$1,200", "1 200 USD" → "1200": what is left when the money notation people type is taken out. */
export function withoutMoneySigns(text: string): string {
  return text
    .trim()
    .replace(/^[A-Z]{3}\s+|\s+[A-Z]{3}$/, "")
    .replace(/^[$€£¥]\s*|\s*[$€£¥]$/, "")
    .replace(/(\d)[,\s_](?=\d{3}(?!\d))/g, "$1");
}

/** A small edit that makes the value fit the pattern: a typo-level fix worth suggesting. */
export function likelyFix(value: string, pattern: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
  const cleaned = withoutInvisible(value).trim();
  const candidates = [
    cleaned,
    cleaned.replace(/^@/, ""),
    cleaned.toUpperCase(),
    cleaned.toLowerCase(),
    cleaned.replace(/^@/, "").toLowerCase(),
    cleaned.toLowerCase().replace(/[\s_]+/g, "-"),
  ];
  return candidates.find((c) => c !== value && c !== "" && re.test(c));
}

/**
 * Why a date written YYYY-MM-DD is still no date (`February 2027 has 28 days`, `there is no month 13`), the way the issue
 * forms say it; undefined for anything else.
 */
export function impossibleDate(value: unknown): string | undefined {
  const m = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 || day > days ? `${MONTH_NAMES[month - 1]} ${year} has ${days} days` : undefined;
}
