/** What the words on a budget line say besides its cost: an essential marker, a total or subtotal, a section label. */
import { stripChars } from "../markdown.ts";

const NOT_ESSENTIAL =
  /[([]?\s*\b(?:non[- ]?essential|not essential|optional|nice[- ]to[- ]have|if funds allow)\b\s*[)\]]?/gi;
const ESSENTIAL =
  /[([]?\s*\*{0,2}\bessential\b\*{0,2}\s*[)\]]?|[([]\s*(?:required|must[- ]have|critical|mandatory)\s*[)\]]/gi;

const IS_NOT_ESSENTIAL = new RegExp(NOT_ESSENTIAL.source, "i");
const IS_ESSENTIAL = new RegExp(ESSENTIAL.source, "i");

/** The essential marker of a line, and the line without it. Unmarked items are not essential. */
export function essentialOf(text: string): { essential: boolean; rest: string } {
  if (IS_NOT_ESSENTIAL.test(text)) return { essential: false, rest: text.replace(NOT_ESSENTIAL, " ") };
  if (IS_ESSENTIAL.test(text)) return { essential: true, rest: text.replace(ESSENTIAL, " ") };
  return { essential: false, rest: text };
}

/**
 * What is left of a line once its cost and markers are gone, tidied: "Venue rental: ()" → "Venue rental".
 * Whitespace is collapsed first, so no pattern below meets a long run of spaces (quadratic backtracking).
 */
export function cleanDescription(text: string): string {
  let t = text
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .replace(/\( ?[-–—:,]? ?\)|\[ ?\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = stripChars(t, " :=|,;—–-", "start");
  for (let before = ""; before !== t; ) {
    before = t;
    t = stripChars(t, " :=|,;—–@(~-", "end").replace(/ (?:at|for|approx\.?|about|ca\.?)$/i, "");
  }
  return t;
}

export function bare(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .trim()
    .toLowerCase();
}

export function isTotal(text: string): boolean {
  const t = stripChars(bare(text), ":= \t-", "end");
  return !isSubtotal(t) && (/^(?:grand\s+)?total\b/.test(t) || /\btotal$/.test(t));
}

export function isSubtotal(text: string): boolean {
  return /\bsub-?\s?totals?\b/.test(bare(text));
}

/** "Venue costs:", "**Accessibility**", "Essential items:" — a label over the lines that follow. */
export function isSectionLabel(text: string): boolean {
  const t = text.trim();
  return /:$/.test(t) || /^(\*\*|__)[^*_]+(\*\*|__):?$/.test(t);
}
