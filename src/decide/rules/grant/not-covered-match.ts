/**
 * Whether a text (a budget line, its category, an event's name) names a kind of item grants do not cover. People
 * write the same thing many ways ("T-shirts", "tshirt", "organisers' travel", "travel for the organizers"), and
 * look-alikes must pass ("merchant fees" is not merch, "student travel awards" are not prizes), so a text is compared
 * word by word, not as a substring:
 *
 * - case, accents, hyphens and punctuation do not matter ("T-Shirts" is "t shirts");
 * - each word is reduced to a simple stem: plurals ("prizes", "trophies") and -ise/-ize spellings ("organisers")
 *   match their keyword;
 * - small linking words (the, our, for, of…) are skipped, so "travel for the organisers" is "travel organiser";
 * - a keyword matches whole words only, in order and next to each other;
 * - the kind's `allow` phrases (fundable look-alikes) are taken out of the text before its keywords are looked for.
 */
import type { ExcludedKind as NotCoveredKind } from "../../../generated/config.ts";

/** Words that link others and never decide what an item is. */
const SKIPPED = new Set(["a", "an", "the", "our", "of", "for", "to", "by", "with", "and", "at", "on", "in"]);

/** A word's simple stem: singular, -ize spelling. Applied to texts and keywords alike, so both sides agree. */
export function stem(word: string): string {
  let w = word;
  // "trophies" and "trophy", "hoodies" and "hoodie" (and "goodie", "goody") all end in "y".
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("ie")) w = `${w.slice(0, -2)}y`;
  else if (w.length > 4 && /(?:sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.replace(/is(e|er|ed|ing|ation)$/, "iz$1");
}

/** The stems of a text's words, in order, without the linking words. */
export function stems(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !SKIPPED.has(w))
    .map(stem);
}

interface CompiledKind {
  keywords: string[][];
  allow: string[][];
}

/** Stems of a kind's keywords and allowed phrases, computed once per kind: every budget line is matched against it. */
const compiled = new WeakMap<NotCoveredKind, CompiledKind>();

function compile(kind: NotCoveredKind): CompiledKind {
  let c = compiled.get(kind);
  if (!c) {
    const phrases = (list: readonly string[] | undefined) =>
      (list ?? []).map(stems).filter((p) => p.length > 0);
    c = { keywords: phrases(kind.keywords), allow: phrases(kind.allow) };
    compiled.set(kind, c);
  }
  return c;
}

/** Where `phrase` occurs in `words`, as start indexes. */
function occurrences(words: readonly string[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((p, j) => words[i + j] === p)) found.push(i);
  return found;
}

/** Whether a text names this kind: one of its keywords, outside its allowed phrases. */
export function textMatchesKind(text: string, kind: NotCoveredKind): boolean {
  const { keywords, allow } = compile(kind);
  // Allowed phrases are blanked out, so a keyword cannot match across or inside them.
  const words: (string | undefined)[] = stems(text);
  for (const phrase of allow)
    for (const start of occurrences(words as string[], phrase))
      for (let j = 0; j < phrase.length; j++) words[start + j] = undefined;
  return keywords.some((k) => occurrences(words as string[], k).length > 0);
}

/** The names of the kinds any of the texts names, in config order. */
export function kindsNamed(texts: readonly string[], kinds: readonly NotCoveredKind[]): string[] {
  return kinds.filter((kind) => texts.some((t) => textMatchesKind(t, kind))).map((kind) => kind.name);
}
