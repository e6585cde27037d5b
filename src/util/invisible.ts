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
  [0x2060, 0x206f], // word joiner, invisible operators, bidirectional isolates
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark, zero-width no-break space
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
];

/** Bidirectional controls: after removing one, text reads differently from what was shown. */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function isInvisible(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return INVISIBLE.some(([from, to]) => cp >= from && cp <= to);
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** User text with invisible characters written out, e.g. `ali<U+200B>ce`. */
export function visible(text: string): string {
  let out = "";
  for (const char of text) out += isInvisible(char) ? `<${codePoint(char)}>` : char;
  return out;
}

/** The code points of the invisible characters in `text`, e.g. "U+200B, U+202E"; undefined when there are none. */
export function invisibleIn(text: string): string | undefined {
  const found = [...new Set([...text].filter(isInvisible))];
  return found.length > 0 ? found.map(codePoint).join(", ") : undefined;
}

export function withoutInvisible(text: string): string {
  return [...text].filter((char) => !isInvisible(char)).join("");
}
