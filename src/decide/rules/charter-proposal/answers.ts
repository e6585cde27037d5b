/** How the proposal rules read free-text answers: placeholders, "nothing needed", word counts. */
import { truncate } from "../../../util/text.ts";

/** Answers that stand for "nothing needed": accepted as resources requested. */
export const NOTHING = new Set([
  "none",
  "nothing",
  "n/a",
  "na",
  "no resources",
  "none needed",
  "nothing needed",
]);
/** Answers that say nothing yet: a placeholder, an empty form field. */
const PLACEHOLDERS = new Set([
  "",
  "tbd",
  "tba",
  "todo",
  "to do",
  "to be determined",
  "to be decided",
  "unknown",
  "not sure",
  "later",
  "?",
  "-",
  "...",
  "…",
  "no response",
  "see above",
  "see purpose",
  "same as above",
  "same as purpose",
  "lorem ipsum",
]);

/** Lower case, without Markdown emphasis, surrounding punctuation or extra spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_*`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s"'([]+|[\s"')\].!:;,]+$/g, "");
}

export function isPlaceholder(text: string): boolean {
  const n = normalise(text);
  return (
    PLACEHOLDERS.has(n) || /^(tbd|tba|todo)\b/.test(n) || /^lorem ipsum\b/.test(n) || /^[\W_]*$/u.test(n)
  );
}

/** A user's text, shortened, in a code span (no @mention or Markdown gets through). */
export function quote(text: string): string {
  return `\`${truncate(text, 40).replace(/`/g, "'")}\``;
}

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
