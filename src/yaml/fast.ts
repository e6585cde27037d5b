/**
 * The fast path: js-yaml (YAML 1.2 core schema, duplicate keys refused) reads a file about ten times faster than the
 * careful path in ./load.ts, which builds a syntax tree with positions. It answers only for text on which the two
 * read the same data, and only when the careful path would accept the file too; otherwise it answers `undefined`
 * and the careful path decides. test/yaml/fast-load.property.test.ts holds it to that, data for data.
 *
 * What the careful path refuses or reads apart, and how the fast path stays out of its way:
 * - anchors, aliases, tags, merge keys, directives, `---`, tabs, a BOM inside the text, special keys: the text is
 *   not read at all (CAREFUL_ONLY); special keys spelled with escapes, empty keys, and nesting deeper than the
 *   limit are found in the data (FAST_PATH_KEYS, plainWithin);
 * - numbers the two read apart, lists or mappings used as keys, an escaped line break in double quotes, a comment
 *   glued to a quote: the text is not read (PARSERS_DISAGREE); nor is a `[...]` or `{...}` that may go on over
 *   lines (mayRunOver), nor a block scalar that may end in a line of spaces (BLANK_WITH_SPACES);
 * - duplicate keys, several documents, anything else js-yaml refuses or warns about: no answer.
 * Size, encoding, BOM and line ends are settled before either path (../repo/decode.ts).
 */
import jsYaml from "js-yaml";
import { FORBIDDEN_KEYS } from "./structure.ts";

/**
 * Text using any of these YAML features always takes the careful path. (The patterns start with the rarer
 * character and look behind for the context: a tenth of the validation benchmark's time went into them otherwise.
 * The text is decoded, so every line ends in LF.)
 */
const CAREFUL_ONLY =
  /[&*!](?<=(?:^|[\s[{,])[&*!])[^\s,\]}]|^%|<<|^---|__proto__|constructor|prototype|[\t\uFEFF]/m;
/**
 * Text the two parsers read differently also takes the careful path: numbers js-yaml reads and YAML 1.2 core does
 * not (`0b101`, `-0x1`) or the other way round (`-.5`), or read as another number (`-0` is 0 to js-yaml); lists
 * or mappings used as keys (`? [a]`, `[a]: b`), which js-yaml turns into text keys; and a backslash ending a line
 * in double quotes (an escaped line break), after which the two treat blank lines differently; and a `#` right
 * after a closing quote or bracket, which js-yaml takes for a comment and the careful path refuses.
 */
const PARSERS_DISAGREE =
  /[-+](?:0[xo]|\.[0-9])|-0(?![\w.])|\b0b[01]|\?(?<=(?:^|[\s[{,])\?)(?:\s|$)|[\]}]\s*:|\\$|#(?<=["'\]}]#)/m;

/**
 * A line of spaces only, in a file with a `|` or `>` block scalar: where such a line ends a block scalar, js-yaml
 * keeps the spaces beyond the block's indentation as text and the careful path drops them.
 */
const BLANK_WITH_SPACES = /^ +$/m;
const BLOCK_SCALAR = /[|>][-+1-9]*[ ]*(?:#.*)?$/m;

/** The parser's limit for an implicit key; a longer one is an error on the careful path. */
const MAX_KEY_LENGTH = 1024;
/**
 * Keys the careful path refuses (see ./structure.ts), whatever their spelling in the file; and `null`, which is
 * how js-yaml names an empty key (`{: x}`) that the careful path reads as "".
 */
const FAST_PATH_KEYS = new Set([...FORBIDDEN_KEYS, "<<", "null"]);

/** YAML 1.2 core schema (no dates, no merge keys), duplicate keys refused; a warning is noted (see loadFast). */
const JS_YAML_OPTIONS: jsYaml.LoadOptions = {
  schema: jsYaml.CORE_SCHEMA,
  json: false,
  onWarning: () => {
    warned = true;
  },
};
let warned = false;

/**
 * The data of a mapping document, as the careful path would read it; or undefined when only the careful path can
 * tell (including every file it refuses, and every document that is not a mapping). `text` is decoded text.
 */
export function loadFast(text: string, maxDepth: number): Record<string, unknown> | undefined {
  if (CAREFUL_ONLY.test(text) || PARSERS_DISAGREE.test(text) || mayRunOver(text)) return undefined;
  if (BLOCK_SCALAR.test(text) && BLANK_WITH_SPACES.test(text)) return undefined;
  let data: unknown;
  warned = false;
  try {
    data = jsYaml.load(text, JS_YAML_OPTIONS);
  } catch {
    return undefined; // includes stack overflow on absurd nesting: the careful path reports it properly
  }
  if (warned || data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  return plainWithin(data, maxDepth) ? (data as Record<string, unknown>) : undefined;
}

/**
 * Whether a `[...]` or `{...}` may go on over more than one line: js-yaml then accepts lines (comments included)
 * indented less than the careful path allows. Each line with a bracket is scanned: a quoted scalar where a value
 * or key starts is skipped (one that does not end on its line answers yes), a comment ends the line, and every
 * other bracket counts, even in plain text. A flow collection left open at the end of a line leaves more opened
 * than closed, or had more closed than opened before it: either answers yes.
 */
function mayRunOver(text: string): boolean {
  if (!/[[{]/.test(text)) return false;
  for (const line of text.split("\n")) {
    if (!/[[\]{}]/.test(line)) continue;
    let depth = 0;
    let valueStarts = true;
    for (let i = 0; i < line.length; i++) {
      const char = line[i] as string;
      if (char === " ") continue;
      if ((char === '"' || char === "'") && valueStarts) {
        i = quoteEnd(line, i);
        if (i < 0) return true;
        valueStarts = false;
        continue;
      }
      if (char === "#" && (i === 0 || line[i - 1] === " ")) break;
      if (char === "[" || char === "{") depth++;
      else if ((char === "]" || char === "}") && --depth < 0) return true;
      valueStarts =
        char === "[" || char === "{" || char === "," || (":-".includes(char) && line[i + 1] === " ");
    }
    if (depth !== 0) return true;
  }
  return false;
}

/** Where the quoted scalar opened at `start` closes on `line`; -1 when it goes on over the line's end. */
function quoteEnd(line: string, start: number): number {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === "\\") i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * No collection nested `depthLeft` deep or more (the root is at depth 0), and no key the careful path refuses.
 * Recursion stops at the depth limit, so it cannot overflow the stack.
 */
function plainWithin(value: object, depthLeft: number): boolean {
  if (depthLeft <= 0) return false;
  if (Array.isArray(value)) {
    for (const item of value)
      if (item !== null && typeof item === "object" && !plainWithin(item, depthLeft - 1)) return false;
    return true;
  }
  for (const key in value) {
    if (FAST_PATH_KEYS.has(key) || key.length > MAX_KEY_LENGTH) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === "object" && !plainWithin(item, depthLeft - 1)) return false;
  }
  return true;
}
