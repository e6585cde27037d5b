/** Invisible characters in user text: finding them, writing them out, taking them out. */

/**
 * Characters that are invisible or reorder text when displayed (zero-width spaces and joiners, bidirectional
 * controls, other control characters). Echoed as-is they would hide the mistake, or garble the message around it.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad], // soft hyphen
  [0x34f, 0x34f], // combining grapheme joiner
  [0x61c, 0x61c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, left-to-right and right-to-left marks
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2028, 0x2029], // line and paragraph separators: some viewers break the line there, others show nothing
  [0x2060, 0x206f], // word joiner, invisible operators, bidirectional isolates
  [0x2800, 0x2800], // braille blank, a favourite "empty" name
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark, zero-width no-break space
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical formatting controls
  [0xe0000, 0xe007f], // tag characters: invisible ASCII look-alikes ("ASCII smuggling")
  [0xe0100, 0xe01ef], // variation selectors supplement
];

/** Bidirectional controls: after removing one, text reads differently from what was shown. */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
/** One character class for all of them, plus half surrogate pairs (not text at all; `u` mode sees them alone). */
const ANY_INVISIBLE = new RegExp(
  `[${INVISIBLE.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}\\u{d800}-\\u{dfff}]`,
  "gu",
);

function isInvisible(char: string): boolean {
  ANY_INVISIBLE.lastIndex = 0;
  return ANY_INVISIBLE.test(char);
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** User text with invisible characters written out, e.g. `ali<U+200B>ce`. */
export function visible(text: string): string {
  return text.replace(ANY_INVISIBLE, (char: string, at: number, whole: string) =>
    partOfEmoji(char, at, whole) ? char : `<${codePoint(char)}>`,
  );
}

/**
 * A body wgbot wrote (a comment, an issue), for a log or a terminal: like `visible`, except the joiner wgbot itself
 * puts right after `@` so that a quoted name pings nobody (render/escape.ts). Any invisible character people typed
 * was already written out as text before wgbot added its own, so every raw `@` + joiner left is wgbot's; shown as
 * `<U+200D>` it would only make `@ewa-board` unreadable.
 */
export function visibleBody(text: string): string {
  return text
    .split("@\u200d")
    .map((part) => visible(part))
    .join("@\u200d");
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;

/**
 * The joiner and variation selector inside an emoji (`👩‍👩‍👧`, `❤️`, `1️⃣`) are how emoji are written, not a
 * disguise: kept, so people's emoji still show as emoji. Anywhere else they are written out.
 */
function partOfEmoji(char: string, at: number, whole: string): boolean {
  if (char !== "\u200d" && char !== "\ufe0f") return false;
  let before = [...whole.slice(Math.max(0, at - 4), at)];
  if (char === "\ufe0f") {
    const prev = before.at(-1) ?? "";
    return PICTOGRAPHIC.test(prev) || /^[0-9#*]$/.test(prev);
  }
  // A joiner: between two pictographs, the first one perhaps with its presentation selector or skin tone.
  if (before.at(-1) === "\ufe0f" || SKIN_TONE.test(before.at(-1) ?? "")) before = before.slice(0, -1);
  const next = [...whole.slice(at + 1, at + 3)][0] ?? "";
  return PICTOGRAPHIC.test(before.at(-1) ?? "") && PICTOGRAPHIC.test(next);
}

/** Text with each invisible character replaced as `write` says, for outputs with an escape of their own (JSON). */
export function replaceInvisible(text: string, write: (char: string) => string): string {
  return text.replace(ANY_INVISIBLE, write);
}

/**
 * User text on one line, for output read line by line (a terminal, an Actions log, an annotation title): like
 * `visible`, and a line feed is written out too (`<U+000A>`), so a value cannot start a line of its own.
 */
export function visibleLine(text: string): string {
  return visible(text).replace(/\n/g, "<U+000A>");
}

/** The code points of the invisible characters in `text`, e.g. "U+200B, U+202E"; undefined when there are none. */
export function invisibleIn(text: string): string | undefined {
  const found = [...new Set([...text].filter(isInvisible))];
  return found.length > 0 ? found.map(codePoint).join(", ") : undefined;
}

export function withoutInvisible(text: string): string {
  return [...text].filter((char) => !isInvisible(char)).join("");
}
