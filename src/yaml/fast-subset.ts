/**
 * A small, strict parser for the part of YAML that governance files use. On a 10,000-file repository it reads
 * files 3x as fast as js-yaml once warm (about 5 µs a file) and about 1.6x as fast cold, mostly because it
 * allocates little more than the data it returns and lets native string search do the scanning.
 *
 * It reads exactly what the `yaml` package (YAML 1.2, core schema: the careful path in ./load.ts) reads, or it
 * gives up and returns undefined; the caller then takes another road. It never throws and runs in linear time.
 * test/unit/fast-subset*.test.ts hold the proof: property tests against the `yaml` package.
 *
 * Supported: a root block mapping at column 0; block mappings and block sequences (also `- key: value` items,
 * `- - nested` items, and a list at the same indentation as its key); plain scalars, also over several lines;
 * single- and double-quoted scalars, also over several lines, with every escape YAML knows; flow sequences and
 * mappings (`[a, "b"]`, `{ name: x, value: 1 }`, nested, also over several lines when each item stays on one);
 * literal `|` and folded `>` block scalars with `-`/`+` chomping; full-line and trailing comments; blank lines;
 * CRLF line ends; one leading byte-order mark. Plain scalars resolve as the 1.2 core schema says (null, booleans
 * in three spellings, ints in decimal, `0o` and `0x`, floats with exponents, `.inf` and `.nan`; else text).
 *
 * It gives up on everything else and wherever the two could disagree: tabs, control and special characters
 * (anywhere, comments included), anchors, aliases, tags, directives, `---` and `...`, `?` and `:` entries, flow
 * keys, plain scalars spanning lines inside flow collections, block scalars with an indentation digit or a header
 * on a line of its own, keys that do not resolve to text (numbers, booleans, null) or are special (`__proto__`,
 * `constructor`, `prototype`, `<<`, names objects inherit), duplicate keys, any indentation the `yaml` package
 * could read another way, nesting deeper than the careful path's limit, and every construct it reports as an
 * error.
 *
 * locateInSubset also gives positions, the ones the careful path's locate() would give, for the files it reads:
 * a schema error or rule finding in such a file then needs no positioned parse.
 */

/** Thrown (never an Error: no stack trace to build) to abandon the parse; caught in parseSubset. */
const GIVE_UP = { giveUp: true } as const;

// The parser state. The parser is synchronous and not re-entrant, so module variables are the cheapest home.
let src = "";
let end = 0;
/** Where the parser is. After each block-level value: the first character of the next content line, or `end`. */
let pos = 0;
/** Indentation of the content line `pos` is on, or -1 at the end of the text. */
let indent = 0;
let depth = 0;
let maxDepth = 32;
/**
 * The next line break, colon and hash at or after `*From`. Scanning moves forward, so each is found by one native
 * indexOf and reused until passed: the text is searched about once per character kind, in linear time overall.
 */
let nlFrom = 0;
let nlAt = -1;
let colonFrom = 0;
let colonAt = -1;
let hashFrom = 0;
let hashAt = -1;
/** Set by scanPlain: where the scan stopped, the end of the text before it, and why it stopped. */
let scanStop = 0;
let scanLast = 0;
let scanKind = 0;
const STOP_LINE = 0; // at a line break or the end of the text
const STOP_COLON = 1; // at `:` followed by a space or a line break: the scalar was a key
const STOP_COMMENT = 2; // at ` #`

/**
 * Recording mode (for locateInSubset): where each value is, as the careful path's node ranges would say. The value
 * functions leave the span of what they read in spanStart..spanEnd (range[0..1] of a `yaml` node), spanAfter
 * (range[2]: past the rest of its line) and spanFlags; the collection functions store their items' spans.
 */
let recording = false;
let spans = new Map<object, Map<string, Span> | Span[]>();
let spanStart = 0;
let spanEnd = 0;
let spanAfter = 0;
let spanFlags = 0;
/** Where the line a value ended on ends (past its line break): set by endLine, skipLine and plainValue. */
let lineAfter = 0;
/** The deepest indentation of the comment lines the last nextContent call skipped, or -1. */
let commentIndent = -1;
/** Where the last key read starts and ends. */
let keyStart = 0;
let keyEnd = 0;
const EMPTY = 1; // `key:` with nothing: the careful path points at the key
const UNKNOWN = 2; // a span this parser does not model (block scalars, empty list items): ask the careful path

interface Span {
  keyStart: number;
  keyEnd: number;
  start: number;
  end: number;
  flags: number;
}

function span(): Span {
  return { keyStart, keyEnd, start: spanStart, end: spanEnd, flags: spanFlags };
}

const CHOMP_CLIP = 0;
const CHOMP_STRIP = 1;
const CHOMP_KEEP = 2;

/**
 * Parses `text` when it is a block mapping written in the subset; undefined means "gave up", never "invalid".
 * `limit` is the careful path's nesting limit: a file nested that deep is left to it.
 */
export function parseSubset(text: string, limit = 32): Record<string, unknown> | undefined {
  try {
    return parse(text, limit);
  } catch {
    return undefined; // GIVE_UP, or anything unforeseen: the caller takes the careful road
  } finally {
    src = "";
  }
}

/** Where a value is: 1-based lines and columns, as the careful path's locate() reports them. */
export interface SubsetPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type SubsetLocator = (
  path: readonly (string | number)[],
  at: "key" | "value",
) => SubsetPosition | undefined;

/**
 * Reads `text` as parseSubset does, noting where each value is. The locator it returns gives, for a path in the
 * data, the position the careful path's locate() gives (src/yaml/locate.ts, on the `yaml` package's node ranges),
 * or undefined where this parser does not model the range: the caller then asks the careful path. Undefined when
 * the parser gives up, or the text has CR line ends (offsets would not match the careful path's).
 */
export function locateInSubset(text: string, limit = 32): SubsetLocator | undefined {
  if (text.indexOf("\r") !== -1) return undefined;
  recording = true;
  spans = new Map();
  let data: Record<string, unknown> | undefined;
  let root: Span;
  let recorded: Map<object, Map<string, Span> | Span[]>;
  try {
    data = parse(text, limit);
    root = span();
  } catch {
    return undefined;
  } finally {
    recorded = spans;
    spans = new Map();
    recording = false;
    src = "";
  }
  if (data === undefined) return undefined;
  const top: object = data;
  // The careful path drops a byte-order mark before parsing: its offsets start after it.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [0];
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1))
    lineStarts.push(nl + 1 - base);
  const range = (from: number, to: number): SubsetPosition => {
    const start = linePos(lineStarts, from - base);
    const stop = linePos(lineStarts, Math.max(from, to) - base);
    return { line: start.line, column: start.col, endLine: stop.line, endColumn: stop.col };
  };
  return (path, at) => {
    // locate() in src/yaml/locate.ts, step by step, on the recorded spans.
    let node: unknown = top;
    let current: Span | undefined = root;
    let pair: Span | undefined;
    for (const segment of path) {
      const items = node !== null && typeof node === "object" ? recorded.get(node) : undefined;
      if (items instanceof Map) {
        const entry = items.get(String(segment));
        if (!entry) break;
        pair = entry;
        if (entry.flags & EMPTY) {
          current = undefined; // `key:` with nothing after it: locate() points at the key
          break;
        }
        node = (node as Record<string, unknown>)[String(segment)];
        current = entry;
      } else if (Array.isArray(items) && typeof segment === "number" && segment < items.length) {
        if (!Number.isInteger(segment) || segment < 0) return undefined;
        pair = undefined;
        node = (node as unknown[])[segment];
        current = items[segment];
      } else break;
    }
    if (current && current.flags !== 0) return undefined;
    if (!current && !pair) return undefined;
    const value = current ? range(current.start, current.end) : range(pair?.keyStart ?? 0, pair?.keyEnd ?? 0);
    if (at === "value") return value;
    return pair ? range(pair.keyStart, pair.keyEnd) : value;
  };
}

/** LineCounter#linePos of the `yaml` package, on the same line starts. */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((lineStarts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - (lineStarts[low - 1] as number) + 1 };
}

function parse(text: string, limit: number): Record<string, unknown> | undefined {
  let s = text;
  if (s.indexOf("\r") !== -1) {
    s = s.replaceAll("\r\n", "\n");
    if (s.indexOf("\r") !== -1) return undefined; // a lone CR
  }
  const start = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  BAD.lastIndex = start;
  if (BAD.test(s)) return undefined;
  src = s;
  end = s.length;
  pos = start;
  nlAt = colonAt = hashAt = -1;
  depth = 0;
  maxDepth = limit < 64 ? limit : 64;
  nextContent();
  if (indent !== 0) return undefined;
  const root = blockMapping(0);
  return (indent as number) === -1 ? root : undefined; // indent changes behind TypeScript's back
}

function fail(): never {
  throw GIVE_UP;
}

/**
 * Characters the subset refuses anywhere, comments included: controls (tab too), C1 controls, line and paragraph
 * separators, byte-order marks after the first character, non-characters. One native scan per file.
 */
const BAD = /[^\n\u0020-\u007e\u00a0-\u2027\u202a-\ufefe\uff00-\ufffd]/g;

function nextNewline(p: number): number {
  if (p < nlFrom || p > nlAt) {
    const i = src.indexOf("\n", p);
    nlFrom = p;
    nlAt = i === -1 ? end : i;
  }
  return nlAt;
}

function nextColon(p: number): number {
  if (p < colonFrom || p > colonAt) {
    const i = src.indexOf(":", p);
    colonFrom = p;
    colonAt = i === -1 ? end : i;
  }
  return colonAt;
}

function nextHash(p: number): number {
  if (p < hashFrom || p > hashAt) {
    const i = src.indexOf("#", p);
    hashFrom = p;
    hashAt = i === -1 ? end : i;
  }
  return hashAt;
}

/**
 * From the start of a line, skips blank and comment lines: `pos` ends on the first character of the next content
 * line and `indent` is its indentation, or -1 at the end of the text.
 */
function nextContent(): void {
  const s = src;
  let p = pos;
  commentIndent = -1;
  for (;;) {
    const start = p;
    let c = s.charCodeAt(p);
    while (c === 32) c = s.charCodeAt(++p);
    if (p >= end) {
      pos = end;
      indent = -1;
      return;
    }
    if (c === 10) {
      p++;
      continue;
    }
    if (c === 35) {
      if (p - start > commentIndent) commentIndent = p - start;
      const nl = s.indexOf("\n", p);
      if (nl === -1) {
        pos = end;
        indent = -1;
        return;
      }
      p = nl + 1;
      continue;
    }
    if (c === 9) fail();
    pos = p;
    indent = p - start;
    return;
  }
}

/** After a value on its line: spaces, maybe a comment, then the line break; moves on to the next content line. */
function endLine(): void {
  const s = src;
  let p = pos;
  let c = s.charCodeAt(p);
  if (c === 32) {
    do c = s.charCodeAt(++p);
    while (c === 32);
    if (c === 35) {
      const nl = s.indexOf("\n", p);
      p = nl === -1 ? end : nl;
      c = 10;
    }
  }
  if (p < end) {
    if (c !== 10) fail();
    p++;
  }
  pos = lineAfter = p;
  nextContent();
}

/** Skips the rest of the line (a comment or nothing) and the line break. */
function skipLine(): void {
  const nl = src.indexOf("\n", pos);
  pos = lineAfter = nl === -1 ? end : nl + 1;
}

function isSeqEntry(): boolean {
  if (src.charCodeAt(pos) !== 45) return false;
  const c = src.charCodeAt(pos + 1);
  return c === 32 || c === 10 || pos + 1 >= end;
}

/**
 * Scans a plain scalar in block context from `p` to the end of its line: to `: `, ` #` or the line break.
 * Sets scanStop, scanLast (end of the text without trailing spaces) and scanKind.
 */
function scanPlain(p: number): void {
  const s = src;
  const lineEnd = nextNewline(p);
  let colon = nextColon(p);
  while (colon < lineEnd) {
    const next = s.charCodeAt(colon + 1);
    if (next === 32 || next === 10 || colon + 1 >= end) break;
    colon = nextColon(colon + 1);
  }
  let hash = nextHash(p);
  while (hash < lineEnd && s.charCodeAt(hash - 1) !== 32) hash = nextHash(hash + 1);
  let stop: number;
  if (colon < lineEnd && colon < hash) {
    stop = colon;
    scanKind = STOP_COLON;
  } else if (hash < lineEnd) {
    stop = hash - 1;
    scanKind = STOP_COMMENT;
  } else {
    stop = lineEnd;
    scanKind = STOP_LINE;
  }
  let last = stop;
  while (last > p && s.charCodeAt(last - 1) === 32) last--;
  scanStop = stop;
  scanLast = last;
}

/** May a plain scalar start with `c` (followed by `next`) in block context? Stricter than YAML. */
function plainStartOk(c: number, next: number): boolean {
  switch (c) {
    case 45: // -
      return next !== 32 && next !== 10 && next !== 45 && !Number.isNaN(next); // not "- ", "-" at the end, "--"
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
    case 32:
      return false;
    default:
      return c !== 10 && !Number.isNaN(c); // not a line break, not the end of the text
  }
}

/** The key of a block mapping entry at `pos`; leaves `pos` after its `:`. */
function readKey(): string {
  const s = src;
  const c = s.charCodeAt(pos);
  if (c === 46 && indent === 0 && s.startsWith("...", pos)) fail(); // maybe a document end marker
  let key: string;
  if (c === 34 || c === 39) {
    keyStart = pos;
    key = quoted(c, -1);
    keyEnd = pos;
    if (s.charCodeAt(pos) !== 58) fail();
    const next = s.charCodeAt(pos + 1);
    if (next !== 32 && next !== 10 && pos + 1 < end) fail();
    pos++;
    return checkKey(key);
  }
  if (!plainStartOk(c, s.charCodeAt(pos + 1))) fail();
  scanPlain(pos);
  if (scanKind !== STOP_COLON) fail();
  return plainKey(pos);
}

/**
 * Plain keys seen before, by a hash of their text: governance files use a few dozen keys, over and over. A key from
 * here is an interned string that passed the checks below, and costs no allocation and no string-table lookup
 * when it is stored in an object.
 */
const KEY_SLOTS = 256;
const keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);

/** The plain key scanned from `start` (scanPlain stopped at its colon); leaves `pos` after the colon. */
function plainKey(start: number): string {
  const s = src;
  const stop = scanLast;
  pos = scanStop + 1;
  keyStart = start;
  keyEnd = stop;
  const length = stop - start;
  const slot =
    (length * 31 +
      s.charCodeAt(start) * 7 +
      s.charCodeAt(start + (length >> 1)) * 3 +
      s.charCodeAt(stop - 1)) &
    (KEY_SLOTS - 1);
  const cached = keyCache[slot];
  if (cached !== undefined && cached.length === length && s.startsWith(cached, start)) return cached;
  const key = s.slice(start, stop);
  const c = key.charCodeAt(0);
  // Keys that resolve to something other than text (null, booleans, numbers) become text in JavaScript: give up.
  if (
    (c < 58 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) &&
    typeof resolvePlain(key) !== "string"
  )
    fail();
  if (key === "<<") fail();
  checkKey(key);
  if (length > 64) return key;
  const interned = internalize(key);
  keyCache[slot] = interned;
  return interned;
}

/** The engine's own (interned) copy of a string: the form property names take. */
function internalize(key: string): string {
  for (const name in { [key]: 0 }) return name;
  return key;
}

function checkKey(key: string): string {
  if (key.length > 1000 || key === "__proto__" || key === "constructor" || key === "prototype") fail();
  return key;
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // Also refuses keys an object inherits (toString, valueOf, ...): rare, and never wrong to leave to the careful path.
  if (obj[key] !== undefined) fail();
  obj[key] = value;
}

/**
 * Stores the spans of a block collection's items and leaves its own: from its first key or dash to the end of its
 * last item's line, where the careful path ends it too; unless the last item is not modelled, or indented comment
 * lines follow it (the careful path counts some of those in, by rules not modelled here).
 */
function collectionSpan(node: object, items: Map<string, Span> | Span[], start: number): void {
  spans.set(node, items);
  spanFlags = spanFlags === 0 && commentIndent <= 0 ? 0 : UNKNOWN;
  spanStart = start;
  spanEnd = spanAfter;
}

/** A block mapping whose first key is at `pos`, at column `col`. */
function blockMapping(col: number, firstKey?: string): Record<string, unknown> {
  if (++depth > maxDepth) fail();
  const obj: Record<string, unknown> = {};
  let key = firstKey ?? readKey();
  const entries = recording ? new Map<string, Span>() : undefined;
  const start = keyStart;
  for (;;) {
    const ks = keyStart;
    const ke = keyEnd;
    setKey(obj, key, mapValue(col));
    if (entries) {
      keyStart = ks;
      keyEnd = ke;
      entries.set(key, span());
    }
    if (indent === col) {
      if (isSeqEntry()) fail();
      key = readKey();
      continue;
    }
    if (indent < col) break;
    fail();
  }
  depth--;
  if (entries) collectionSpan(obj, entries, start);
  return obj;
}

/** The value after `key:` (`pos` is just after the colon) of a key at column `col`. */
function mapValue(col: number): unknown {
  const s = src;
  let p = pos;
  let c = s.charCodeAt(p);
  while (c === 32) c = s.charCodeAt(++p);
  pos = p;
  if (p >= end || c === 10 || c === 35) {
    skipLine();
    nextContent();
    if (indent > col) return blockNode();
    if (indent === col && isSeqEntry()) return blockSequence(col);
    spanFlags = EMPTY;
    return null;
  }
  return inlineValue(col + 1, false);
}

/** A value starting a line of its own, below its key or `-`: continuation lines are indented at least as much. */
function blockNode(): unknown {
  const c = src.charCodeAt(pos);
  if (c === 124 || c === 62) fail(); // a block scalar header on a line of its own: not in the subset
  return node(indent, indent);
}

/** A block sequence whose first `-` is at `pos`, at column `col`. */
function blockSequence(col: number): unknown[] {
  if (++depth > maxDepth) fail();
  const s = src;
  const items: unknown[] = [];
  const itemSpans: Span[] | undefined = recording ? [] : undefined;
  const start = pos;
  for (;;) {
    const dash = pos;
    let p = dash + 1;
    let c = s.charCodeAt(p);
    while (c === 32) c = s.charCodeAt(++p);
    pos = p;
    if (p >= end || c === 10 || c === 35) {
      skipLine();
      nextContent();
      if (indent > col) items.push(blockNode());
      else {
        items.push(null);
        spanFlags = UNKNOWN;
      }
    } else {
      items.push(seqItem(col, col + (p - dash)));
    }
    itemSpans?.push(span());
    if (indent === col && isSeqEntry()) continue;
    if (indent <= col) break; // at `col`, a key of the mapping this list is the value of
    fail();
  }
  depth--;
  if (itemSpans) collectionSpan(items, itemSpans, start);
  return items;
}

/** The item after `- ` (the dash at `dashCol`), starting on the dash's line at column `col`. */
function seqItem(dashCol: number, col: number): unknown {
  return node(col, dashCol + 1);
}

/**
 * Any value at `pos`, at column `col`: a list, a mapping, a scalar or a flow collection. Lines continuing a
 * scalar must be indented at least `minIndent`.
 */
function node(col: number, minIndent: number): unknown {
  const s = src;
  const c = s.charCodeAt(pos);
  switch (c) {
    case 45:
      if (isSeqEntry()) return blockSequence(col);
      break;
    case 34:
    case 39: {
      const start = pos;
      const value = quoted(c, minIndent);
      let p = pos;
      while (s.charCodeAt(p) === 32) p++;
      if (s.charCodeAt(p) === 58) {
        pos = start; // `"key": value`
        return blockMapping(col);
      }
      const stop = pos;
      endLine();
      setSpan(start, stop);
      return value;
    }
    case 91:
    case 123:
    case 124:
    case 62:
      return inlineValue(minIndent, true);
  }
  if (!plainStartOk(c, s.charCodeAt(pos + 1))) fail();
  const start = pos;
  scanPlain(start);
  if (scanKind === STOP_COLON) return blockMapping(col, plainKey(start));
  return plainValue(start, minIndent);
}

/**
 * A scalar or flow collection starting at `pos` on the line of its key or dash; continuation lines (of plain and
 * quoted scalars) and block scalar content must be indented at least `minIndent`.
 */
function inlineValue(minIndent: number, noPlain: boolean): unknown {
  const s = src;
  const c = s.charCodeAt(pos);
  switch (c) {
    case 34:
    case 39: {
      const start = pos;
      const value = quoted(c, minIndent);
      const stop = pos;
      endLine();
      setSpan(start, stop);
      return value;
    }
    case 91:
    case 123: {
      const start = pos;
      const value = flowCollection(minIndent);
      const stop = pos;
      endLine();
      setSpan(start, stop);
      return value;
    }
    case 124:
    case 62: {
      const value = blockScalar(minIndent);
      spanFlags = UNKNOWN;
      return value;
    }
  }
  if (noPlain) fail();
  if (!plainStartOk(c, s.charCodeAt(pos + 1))) fail();
  const start = pos;
  scanPlain(start);
  if (scanKind === STOP_COLON) fail(); // `key: a: b`
  return plainValue(start, minIndent);
}

/** Leaves the span of a value that ends on its line (`lineAfter` is where that line ends). */
function setSpan(start: number, stop: number): void {
  spanStart = start;
  spanEnd = stop;
  spanAfter = lineAfter;
  spanFlags = 0;
}

/** A plain scalar from `start`, its first line already scanned, continuing on lines indented at least `minIndent`. */
function plainValue(start: number, minIndent: number): unknown {
  const s = src;
  let value = s.slice(start, scanLast);
  if (scanKind === STOP_COMMENT) {
    const stop = scanLast;
    pos = scanStop;
    skipLine();
    setSpan(start, stop);
    nextContent();
    return resolvePlain(value);
  }
  let stop = scanLast;
  let lineEnd = scanStop;
  let q = lineEnd + 1; // the start of the next line
  let breaks = 0;
  let folded = false;
  while (q < end) {
    let k = q;
    let c = s.charCodeAt(k);
    while (c === 32) c = s.charCodeAt(++k);
    if (k >= end) break;
    if (c === 10) {
      breaks++;
      q = k + 1;
      continue;
    }
    if (k - q < minIndent) break;
    // A continuation line: keep to lines that cannot be read any other way.
    if (!plainStartOk(c, s.charCodeAt(k + 1)) || c === 45) fail();
    scanPlain(k);
    if (scanKind !== STOP_LINE) fail();
    value += (breaks === 0 ? " " : "\n".repeat(breaks)) + s.slice(k, scanLast);
    folded = true;
    breaks = 0;
    stop = scanLast;
    lineEnd = scanStop;
    q = lineEnd + 1;
  }
  lineAfter = lineEnd < end ? lineEnd + 1 : end;
  setSpan(start, stop);
  pos = q < end ? q : end;
  nextContent();
  return folded ? value : resolvePlain(value); // folded text has a space or line break: never a number
}

/**
 * A single- or double-quoted scalar at `pos`; leaves `pos` after the closing quote. Lines after the first must be
 * indented at least `minIndent`; -1 means it must fit on one line (a key).
 */
function quoted(quote: number, minIndent: number): string {
  const s = src;
  const start = pos + 1;
  let p = start;
  let simple = true;
  for (;;) {
    if (p >= end) fail();
    const c = s.charCodeAt(p);
    if (c === quote) {
      if (quote === 39 && s.charCodeAt(p + 1) === 39) {
        simple = false;
        p += 2;
        continue;
      }
      break;
    }
    if (c === 92 && quote === 34) {
      simple = false;
      p += s.charCodeAt(p + 1) === 10 ? 1 : 2; // an escaped line break is still a line break to check
      continue;
    }
    if (c === 10) {
      if (minIndent < 0) fail();
      simple = false;
      let k = p + 1;
      let n = s.charCodeAt(k);
      while (n === 32) n = s.charCodeAt(++k);
      if (n !== 10 && k - (p + 1) < minIndent) fail(); // less indented than the scalar may be
      p = k;
      continue;
    }
    p++;
  }
  pos = p + 1;
  if (simple) return s.slice(start, p);
  return quote === 34 ? doubleQuoted(s, start - 1, p + 1) : singleQuoted(s.slice(start, p));
}

/** The `yaml` package's reading of a double-quoted scalar `s[from, to)` (quotes included), giving up where it errs. */
function doubleQuoted(s: string, from: number, to: number): string {
  let res = "";
  const last = to - 1;
  for (let i = from + 1; i < last; ++i) {
    const ch = s[i] as string;
    if (ch === "\n") {
      // Fold: one line break is a space, n + 1 line breaks are n newlines; leading white space goes.
      let fold = "";
      let next = s[i + 1];
      while (next === " " || next === "\n") {
        if (next === "\n") fold += "\n";
        i++;
        next = s[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      const next = s[++i] as string;
      const code = ESCAPES[next];
      if (code !== undefined) res += code;
      else if (next === "\n") {
        // An escaped line break: nothing, and the next line's leading white space goes too.
        while (s[i + 1] === " ") i++;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        if (i + length >= last) fail();
        let cp = 0;
        for (let j = 1; j <= length; j++) {
          const d = hexDigit(s.charCodeAt(i + j));
          if (d < 0) fail();
          cp = cp * 16 + d;
        }
        if (cp > 0x10ffff) fail();
        res += String.fromCodePoint(cp);
        i += length;
      } else fail();
    } else if (ch === " ") {
      // Spaces before a line break go.
      const wsStart = i;
      let next = s[i + 1];
      while (next === " ") next = s[++i + 1];
      if (next !== "\n") res += i > wsStart ? s.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  return res;
}

const ESCAPES: Record<string, string | undefined> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The `yaml` package's reading of a single-quoted scalar (`inner`: without the quotes). */
function singleQuoted(inner: string): string {
  if (inner.indexOf("\n") === -1) return inner.replaceAll("''", "'");
  const lines = inner.split("\n");
  let res = trimSpaces(lines[0] as string, false, true);
  let sep = " ";
  for (let i = 1; i < lines.length - 1; i++) {
    const line = trimSpaces(lines[i] as string, true, true);
    if (line === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + line;
      sep = " ";
    }
  }
  res += sep + trimSpaces(lines[lines.length - 1] as string, true, false);
  return res.replaceAll("''", "'");
}

/** Trims spaces (only: not the other white space String#trim knows) at the start and/or the end. */
function trimSpaces(line: string, start: boolean, end: boolean): string {
  let b = 0;
  let e = line.length;
  if (start) while (b < e && line.charCodeAt(b) === 32) b++;
  if (end) while (e > b && line.charCodeAt(e - 1) === 32) e--;
  return line.slice(b, e);
}

/**
 * A flow sequence or mapping at `pos`; leaves `pos` after its closing bracket. It may run over several lines, each
 * indented at least `minIndent` (the closing bracket too), with line breaks between items only.
 */
function flowCollection(minIndent: number): unknown {
  if (++depth > maxDepth) fail();
  const s = src;
  const start = pos;
  let result: unknown;
  if (s.charCodeAt(pos) === 91) {
    const items: unknown[] = [];
    const itemSpans: Span[] | undefined = recording ? [] : undefined;
    pos++;
    flowSpace(minIndent);
    if (s.charCodeAt(pos) === 93) pos++;
    else {
      for (;;) {
        items.push(flowItem(minIndent));
        itemSpans?.push(span());
        flowSpace(minIndent);
        const c = s.charCodeAt(pos++);
        if (c === 44) flowSpace(minIndent);
        else if (c === 93) break;
        else fail();
      }
    }
    if (itemSpans) spans.set(items, itemSpans);
    result = items;
  } else {
    const obj: Record<string, unknown> = {};
    const entries = recording ? new Map<string, Span>() : undefined;
    pos++;
    flowSpace(minIndent);
    if (s.charCodeAt(pos) === 125) pos++;
    else {
      for (;;) {
        const c = s.charCodeAt(pos);
        const ks = pos;
        let key: string;
        if (c === 34 || c === 39) {
          key = checkKey(quoted(c, -1));
          spanEnd = pos;
          while (s.charCodeAt(pos) === 32) pos++;
          if (s.charCodeAt(pos) !== 58) fail();
        } else {
          const plain = flowPlain();
          if (typeof plain !== "string" || plain === "<<" || s.charCodeAt(pos) !== 58) fail();
          if (s.charCodeAt(pos + 1) !== 32) fail();
          key = checkKey(plain);
        }
        const ke = spanEnd;
        pos++; // the colon
        flowSpace(minIndent);
        const v = s.charCodeAt(pos);
        if (v === 44 || v === 125) fail(); // an empty value
        setKey(obj, key, flowItem(minIndent));
        if (entries) {
          keyStart = ks;
          keyEnd = ke;
          entries.set(key, span());
        }
        flowSpace(minIndent);
        const after = s.charCodeAt(pos++);
        if (after === 44) flowSpace(minIndent);
        else if (after === 125) break;
        else fail();
      }
    }
    if (entries) spans.set(obj, entries);
    result = obj;
  }
  depth--;
  spanStart = start;
  spanEnd = spanAfter = pos;
  spanFlags = 0;
  return result;
}

/** White space between flow tokens: spaces, comments, line breaks (next lines indented at least `minIndent`). */
function flowSpace(minIndent: number): void {
  const s = src;
  let p = pos;
  for (;;) {
    let c = s.charCodeAt(p);
    while (c === 32) c = s.charCodeAt(++p);
    if (c === 35 && s.charCodeAt(p - 1) === 32) {
      const nl = s.indexOf("\n", p);
      if (nl === -1) fail(); // the collection is never closed
      p = nl;
      c = 10;
    }
    if (c !== 10) break;
    let k = p + 1;
    c = s.charCodeAt(k);
    while (c === 32) c = s.charCodeAt(++k);
    if (c !== 10 && (k >= end || k - (p + 1) < minIndent)) fail();
    p = k;
  }
  pos = p;
}

/** A scalar or nested collection inside a flow collection. */
function flowItem(minIndent: number): unknown {
  const c = src.charCodeAt(pos);
  if (c === 91 || c === 123) return flowCollection(minIndent);
  if (c !== 34 && c !== 39) return flowPlain();
  const start = pos;
  const value = quoted(c, minIndent);
  spanStart = start;
  spanEnd = spanAfter = pos;
  spanFlags = 0;
  return value;
}

/**
 * A plain scalar inside a flow collection, on one line: ends at `,[]{}`, at `:` before a space or bracket, or at
 * the line break (the caller then wants `,`, `]` or `}` to follow).
 */
function flowPlain(): unknown {
  const s = src;
  let p = pos;
  const c0 = s.charCodeAt(p);
  const c1 = s.charCodeAt(p + 1);
  if (!plainStartOk(c0, c1)) fail();
  if (c0 === 45 && (c1 === 44 || c1 === 91 || c1 === 93 || c1 === 123 || c1 === 125)) fail(); // `-` is an indicator
  const start = p;
  let last = p;
  for (; p < end; p++) {
    const c = s.charCodeAt(p);
    if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 10) break;
    if (c === 58) {
      const next = s.charCodeAt(p + 1);
      if (next === 32 || next === 44 || next === 91 || next === 93 || next === 123 || next === 125) break;
      if (next === 10 || p + 1 >= end) fail();
    } else if (c === 32) {
      if (s.charCodeAt(p + 1) === 35) fail();
      continue;
    }
    last = p + 1;
  }
  if (p >= end) fail();
  pos = p;
  spanStart = start;
  spanEnd = spanAfter = last;
  spanFlags = 0;
  return resolvePlain(s.slice(start, last));
}

/** A literal or folded block scalar, its header at `pos`; content lines indented at least `minIndent`. */
function blockScalar(minIndent: number): string {
  const s = src;
  let p = pos;
  const folded = s.charCodeAt(p) === 62;
  let chomp = CHOMP_CLIP;
  let c = s.charCodeAt(++p);
  if (c === 45 || c === 43) {
    chomp = c === 45 ? CHOMP_STRIP : CHOMP_KEEP;
    c = s.charCodeAt(++p);
  }
  if (c === 32) {
    do c = s.charCodeAt(++p);
    while (c === 32);
    if (c === 35) {
      const nl = s.indexOf("\n", p);
      p = nl === -1 ? end : nl;
      c = 10;
    }
  }
  if (p >= end) {
    if (chomp === CHOMP_KEEP) fail();
    pos = end;
    indent = -1;
    return "";
  }
  if (c !== 10) fail(); // an indentation digit, or anything else after the header
  let q = p + 1;

  // Leading blank lines, up to the first content line, whose indentation is the scalar's.
  let leading = 0;
  let leadingMax = 0;
  let contentIndent = 0;
  for (;;) {
    let k = q;
    c = s.charCodeAt(k);
    while (c === 32) c = s.charCodeAt(++k);
    if (k >= end || (c !== 10 && k - q < minIndent)) {
      // No content: the scalar is empty and this line (if any) belongs to the parent.
      if (chomp === CHOMP_KEEP) fail();
      pos = k >= end ? end : q;
      nextContent();
      return "";
    }
    if (c === 10) {
      leading++;
      if (k - q > leadingMax) leadingMax = k - q;
      q = k + 1;
      continue;
    }
    contentIndent = k - q;
    break;
  }
  if (leadingMax > contentIndent) fail();

  let value = leading > 0 ? "\n".repeat(leading) : "";
  let sep = "";
  let first = true;
  let moreIndented = false;
  let blanks = 0; // blank lines since the last content line
  let breaks = 0; // line breaks since the last content character
  for (;;) {
    if (q >= end) break;
    let k = q;
    c = s.charCodeAt(k);
    while (c === 32) c = s.charCodeAt(++k);
    if (k >= end || c === 10) {
      // A blank line (or spaces ending the text) with more spaces than the indentation is content: not in the subset.
      if (k - q > contentIndent) fail();
      if (k >= end) break;
      blanks++;
      breaks++;
      q = k + 1;
      continue;
    }
    if (k - q < contentIndent) break; // a line of the parent
    // A content line: the text after the scalar's indentation, up to the line break.
    const e = nextNewline(k);
    const text = s.slice(q + contentIndent, e);
    const more = k - q > contentIndent;
    if (!folded) {
      value += first ? text : "\n".repeat(blanks + 1) + text;
    } else {
      // The `yaml` package's folding, line by line.
      for (let b = 0; b < blanks; b++) {
        if (sep === "\n") value += "\n";
        else sep = "\n";
      }
      if (more) {
        if (sep === " ") sep = "\n";
        else if (!moreIndented && sep === "\n") sep = "\n\n";
        value += sep + text;
        sep = "\n";
        moreIndented = true;
      } else {
        value += sep + text;
        sep = " ";
        moreIndented = false;
      }
    }
    first = false;
    blanks = 0;
    breaks = e < end ? 1 : 0;
    q = e + 1;
  }
  pos = q < end ? q : end;
  nextContent();
  if (chomp === CHOMP_STRIP) return value;
  if (chomp === CHOMP_CLIP) return `${value}\n`;
  return value + "\n".repeat(breaks > 0 ? breaks : 1);
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(v: string): unknown {
  if (v.length === 0) return null;
  const c = v.charCodeAt(0);
  if (c > 57) {
    switch (c) {
      case 126: // ~
        return v.length === 1 ? null : v;
      case 110:
      case 78:
        return v === "null" || v === "Null" || v === "NULL" ? null : v;
      case 116:
      case 84:
        return v === "true" || v === "True" || v === "TRUE" ? true : v;
      case 102:
      case 70:
        return v === "false" || v === "False" || v === "FALSE" ? false : v;
      default:
        return v;
    }
  }
  if (c < 48 && c !== 43 && c !== 45 && c !== 46) return v;
  if (INT.test(v)) return Number.parseInt(v, 10);
  if (OCT.test(v)) return Number.parseInt(v.substring(2), 8);
  if (HEX.test(v)) return Number.parseInt(v.substring(2), 16);
  if (INF_NAN.test(v))
    return v.slice(-3).toLowerCase() === "nan"
      ? Number.NaN
      : v.charCodeAt(0) === 45
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (EXP.test(v) || FLOAT.test(v)) return Number.parseFloat(v);
  return v;
}
