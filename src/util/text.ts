/** Small text helpers shared by messages and rules. */
import { visible } from "./invisible.ts";

/** Levenshtein distance, bounded: we only care about near misses for "did you mean". */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}

/**
 * Shortens user text for echoing in a message, on one line. Only ordinary spaces and line breaks are collapsed:
 * the invisible ones (U+FEFF, U+2028…) are kept for `visible` to write out.
 */
export function truncate(text: string, max = 40): string {
  const single = text.replace(/[ \t\n\r]+/g, " ");
  if (single.length <= max) return single;
  // Never cut an emoji (or any character outside the BMP) in half.
  const cut = single.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A user's value quoted in a message: shortened, invisible characters written out, inside a code span so Markdown,
 * links and @mentions in it do nothing. A backtick, which would end the span, is shown as a quote.
 */
export function quoted(text: string, max = 40): string {
  // Not String#trim, which would also drop a leading U+FEFF that the reader needs to see.
  const shown = visible(truncate(text, max).replace(/^ | $/g, "")).replace(/`/g, "'");
  return `\`${shown === "" ? " " : shown}\``;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "a, b and c" */
export function listing(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
