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
 * - words stand for what they mean (not-covered-words.ts): a lanyard is merchandise, an airfare is travel;
 * - a keyword matches whole words only, in order and next to each other, or as "B for A" for a keyword "A B" ("hotel
 *   for the core organisers" is an organiser hotel);
 * - a typo of a long word still matches: two letters swapped ("tshrits"), or one letter more, less or wrong in a word
 *   of 8 letters or more ("hackaton"), its first and last letters kept (so "winner" is not "dinner");
 * - an "X-winning" adjective is not an X ("prize-winning keynote speaker travel" is speaker travel);
 * - the kind's `allow` phrases (fundable look-alikes) are taken out of the text before its keywords are looked for.
 */
import type { ExcludedKind as NotCoveredKind } from "../../../generated/config.ts";
import { logoMarkAt, type WordFamilies, wordFamilies } from "./not-covered-words.ts";

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

/** A text's words, lower case, without accents or punctuation, linking words kept. */
function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** The stems of a text's words, in order, without the linking words. */
export function stems(text: string): string[] {
  return words(text)
    .filter((w) => !SKIPPED.has(w))
    .map(stem);
}

const MERCHANDISE = stem("merchandise");

/** Built on first use: the families are stemmed by this module's stemmer. */
let families: WordFamilies | undefined;

interface Read {
  /** What the words mean, in order, linking words skipped. */
  meanings: string[];
  /** Where the words after the first "for" start in `meanings`, if there is one. */
  afterFor: number | undefined;
}

/** A text read for matching: its words' stems, each standing for what it means. */
function read(text: string): Read {
  families ??= wordFamilies((t) => words(t).map(stem));
  const { phrases, words: meaningOf, informs } = families;
  // "Award-winning", "prize-winning": an adjective about something else, never the item itself.
  // Started only at a word's first letter (the lookbehind): tried from every letter of a long word, the match
  // would take time quadratic in its length (a 1 MB budget line).
  const raw = words(text.replace(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+-winning\b/giu, " "));
  const rawStems = raw.map(stem);
  const informing = rawStems.some((s) => informs.has(s));
  const meanings: string[] = [];
  let afterFor: number | undefined;
  for (let i = 0; i < raw.length; ) {
    const logo = informing ? 0 : logoMarkAt(raw, i);
    if (logo > 0) {
      meanings.push(MERCHANDISE);
      i += logo;
      continue;
    }
    const phrase = phrases.find(([p]) => p.every((s, j) => rawStems[i + j] === s));
    if (phrase) {
      meanings.push(...phrase[1]);
      i += phrase[0].length;
      continue;
    }
    const word = raw[i] as string;
    if (word === "for" && afterFor === undefined) afterFor = meanings.length;
    if (!SKIPPED.has(word)) {
      const own = rawStems[i] as string;
      const meaning = meaningOf.get(own);
      // A lanyard for badges holds a badge; branded signs inform: merchandise only where nothing informs.
      meanings.push(...(meaning && !(informing && meaning.join(" ") === MERCHANDISE) ? meaning : [own]));
    }
    i++;
  }
  return { meanings, afterFor };
}

/** Whether a text's word is a keyword's word, allowing for one typo in a long word (see the module's comment). */
export function sameWord(text: string, keyword: string): boolean {
  if (text === keyword) return true;
  if (keyword.length < 5 || text[0] !== keyword[0] || text.at(-1) !== keyword.at(-1)) return false;
  if (text.length === keyword.length) {
    const diff = [...text].flatMap((c, i) => (c === keyword[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === (diff[0] as number) + 1)
      return (
        text[diff[0] as number] === keyword[diff[1] as number] &&
        text[diff[1] as number] === keyword[diff[0] as number]
      );
    return keyword.length >= 8 && diff.length === 1;
  }
  if (keyword.length < 8 || Math.abs(text.length - keyword.length) !== 1) return false;
  const [short, long] = text.length < keyword.length ? [text, keyword] : [keyword, text];
  const i = [...short].findIndex((c, j) => c !== long[j]);
  return i === -1 || short.slice(i) === long.slice(i + 1);
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
      (list ?? []).map((p) => read(p).meanings).filter((p) => p.length > 0);
    c = { keywords: phrases(kind.keywords), allow: phrases(kind.allow) };
    compiled.set(kind, c);
  }
  return c;
}

/** Where `phrase` occurs in `text`, as start indexes. */
function occurrences(text: readonly (string | undefined)[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= text.length; i++)
    if (phrase.every((p, j) => text[i + j] !== undefined && sameWord(text[i + j] as string, p)))
      found.push(i);
  return found;
}

/**
 * Whether a keyword "A B" is said as "B for A": B in the two words before the first "for", A in the two after it.
 * Two words: the noun phrases next to "for" ("travel reimbursement for the meetup organiser"), not a later clause
 * ("travel for speakers, booked by the organisers" is the speakers' travel).
 */
function forOrder(text: readonly (string | undefined)[], afterFor: number | undefined, keyword: string[]) {
  if (afterFor === undefined || keyword.length !== 2) return false;
  const [a, b] = keyword as [string, string];
  const has = (part: readonly (string | undefined)[], k: string) =>
    part.some((w) => w !== undefined && sameWord(w, k));
  return (
    has(text.slice(Math.max(0, afterFor - 2), afterFor), b) && has(text.slice(afterFor, afterFor + 2), a)
  );
}

/** Whether a text names this kind: one of its keywords, outside its allowed phrases. */
export function textMatchesKind(text: string, kind: NotCoveredKind): boolean {
  return readMatchesKind(read(text), kind);
}

function readMatchesKind({ meanings, afterFor }: Read, kind: NotCoveredKind): boolean {
  const { keywords, allow } = compile(kind);
  // Allowed phrases are blanked out, so a keyword cannot match across or inside them: in a copy, since the same
  // reading is matched against every kind.
  const words: (string | undefined)[] = [...meanings];
  for (const phrase of allow)
    for (const start of occurrences(words, phrase))
      for (let j = 0; j < phrase.length; j++) words[start + j] = undefined;
  return keywords.some((k) => occurrences(words, k).length > 0 || forOrder(words, afterFor, k));
}

/** The names of the kinds any of the texts names, in config order. Each text is read once, whatever the kinds. */
export function kindsNamed(texts: readonly string[], kinds: readonly NotCoveredKind[]): string[] {
  if (kinds.length === 0) return [];
  const reads = texts.map(read);
  return kinds.filter((kind) => reads.some((r) => readMatchesKind(r, kind))).map((kind) => kind.name);
}
