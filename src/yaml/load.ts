/**
 * Safe YAML loading for untrusted governance files.
 *
 * Every way a hostile or broken file can hurt us — invalid UTF-8, a huge file, alias bombs, duplicate keys,
 * `__proto__` keys, deep nesting, custom tags, several documents — becomes a Problem with a position. The caller
 * gets either plain data it can validate, or the list of problems; it never gets an exception.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
  YAMLParseError,
} from "yaml";
import { type Position, type Problem, problem } from "../problems.ts";
import { decodeGovernanceFile, decodeUtf8, MAX_FILE_BYTES, type TooLarge } from "../repo/decode.ts";

export interface YamlLimits {
  /** Largest file accepted, in bytes. Governance files are small; a larger one is a mistake or an attack. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists. Our schemas need 4; 32 leaves room for honest mistakes. */
  maxDepth: number;
  /** Aliases allowed in one file; each may expand, so the count is what bounds a "billion laughs" file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: YamlLimits = { maxBytes: MAX_FILE_BYTES, maxDepth: 32, maxAliases: 20 };

export interface ParsedYaml {
  ok: true;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type LoadResult = ParsedYaml | { ok: false; problems: Problem[] };

/** Decodes bytes as UTF-8, reporting where the first invalid byte is (see ../repo/decode.ts). */
export { decodeUtf8 };

export function loadYaml(
  file: string,
  input: string | Uint8Array | TooLarge,
  limits: YamlLimits = DEFAULT_LIMITS,
): LoadResult {
  // Size, encoding, BOM and line ends exactly as every runtime reads a governance file.
  const decoded = decodeGovernanceFile(file, input, limits.maxBytes);
  if ("problem" in decoded) return fail(decoded.problem);
  const text = decoded.text;

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      // Duplicate keys are found below, in linear time: the parser's own check compares each key with every earlier
      // key of its mapping, and a 512 KB file of short keys kept it busy for minutes.
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false,
    });
  } catch (error) {
    // The parser recurses per nesting level; a file nested thousands deep overflows the stack before we can count.
    if (error instanceof RangeError) return fail(tooDeep(file, { line: 1, column: 1 }, limits));
    throw error;
  }
  const at = (offset: number) => lineCounter.linePos(offset);

  // The parser turns a stack overflow while building deeply nested collections into this error.
  const exhausted = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (exhausted) {
    const { line, col } = at(exhausted.pos[0]);
    return fail(tooDeep(file, { line, column: col }, limits));
  }
  const problems: Problem[] = [];
  // The parser can report one mistake several times at the same spot, under different codes: say it once.
  const errorOffsets = new Set<number>();
  const errors = [...doc.errors, ...duplicateKeys(doc)].sort((a, b) => a.pos[0] - b.pos[0]);
  for (const error of [...errors, ...doc.warnings]) {
    if (errorOffsets.has(error.pos[0])) continue;
    errorOffsets.add(error.pos[0]);
    problems.push(fromYamlError(file, error, at, text, doc));
  }
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== "1.2") {
    const offset = Math.max(0, text.search(/^%YAML/m));
    return fail(
      problem(file, "yaml.version", `The file asks for YAML ${version.version}; wgbot reads YAML 1.2 only.`, {
        ...positionOf(text, offset),
        hint: "Remove the `%YAML` line: under older YAML versions, values such as `yes`, `0777` and dates change meaning.",
      }),
    );
  }

  problems.push(...structuralProblems(file, doc, lineCounter, limits));
  if (problems.length > 0) return { ok: false, problems };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return fail(
      problem(file, "yaml.empty", "The file is empty.", {
        line: 1,
        column: 1,
        hint: "Fill it in from the example in the README.",
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliases * 10 });
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof RangeError) {
      return fail(
        problem(file, "yaml.alias-bomb", "The file's aliases expand to too much data.", {
          ...firstAlias(doc, lineCounter),
          hint: "Write values out instead of using & anchors and * aliases.",
        }),
      );
    }
    throw error;
  }
  return { ok: true, text, doc, lineCounter, data };
}

/**
 * A key written twice in one mapping, as the parser's `uniqueKeys` reports it (DUPLICATE_KEY at the second key), in
 * one pass per mapping. Scalar keys are equal when their values are (`1` and `"1"` are different keys); any other
 * key is refused later as a complex key.
 */
function duplicateKeys(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  for (const node of nodesOf(doc.contents)) {
    if (!isMap(node)) continue;
    const seen = new Set<unknown>();
    for (const { key } of node.items) {
      if (!isScalar(key)) continue;
      if (seen.has(key.value) && key.range)
        found.push(
          new YAMLParseError([key.range[0], key.range[0] + 1], "DUPLICATE_KEY", "Map keys must be unique"),
        );
      seen.add(key.value);
    }
  }
  return found;
}

/** Where the first `*alias` is written: the best place to point at when aliases expand to too much. */
function firstAlias(doc: Document.Parsed, lc: LineCounter): Position {
  let first: number | undefined;
  for (const node of nodesOf(doc.contents)) {
    if (!isAlias(node)) continue;
    const start = node.range?.[0];
    if (start !== undefined && (first === undefined || start < first)) first = start;
  }
  if (first === undefined) return { line: 1, column: 1 };
  const { line, col } = lc.linePos(first);
  return { line, column: col };
}

/**
 * Every node below `root`, itself included: pairs, their keys and values, and the items of mappings and lists (not
 * what aliases point to). Iterative, so a deeply nested document cannot overflow the stack; in no particular order.
 * `enter` decides which nodes are visited at all: one it refuses is skipped along with everything inside it.
 */
function* nodesOf(root: unknown, enter: (node: object) => boolean = () => true): Generator<object> {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object" || !enter(node)) continue;
    yield node;
    if (isPair(node)) stack.push(node.key, node.value);
    // A loop, not push(...items): a list of a million items would exceed the arguments a call may take.
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
}

function fail(p: Problem): LoadResult {
  return { ok: false, problems: [p] };
}

function tooDeep(file: string, pos: Position, limits: YamlLimits): Problem {
  return problem(file, "yaml.too-deep", `The file is nested more than ${limits.maxDepth} levels deep.`, {
    ...pos,
    hint: "wgbot files need only a few levels: check the indentation, or brackets that were never closed.",
  });
}

/** Walks the document without recursion, checking what the YAML parser itself allows but we do not. */
function structuralProblems(
  file: string,
  doc: Document.Parsed,
  lc: LineCounter,
  limits: YamlLimits,
): Problem[] {
  const problems: Problem[] = [];
  const pos = (node: { range?: [number, number, number] | null }) => rangePosition(lc, node.range);
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!node || typeof node !== "object") continue;
    if (isAlias(node)) {
      aliases++;
      if (aliases === limits.maxAliases + 1) {
        problems.push(
          problem(file, "yaml.too-many-aliases", `The file uses more than ${limits.maxAliases} aliases.`, {
            ...pos(node),
            hint: "Write values out instead of using & anchors and * aliases.",
          }),
        );
      }
      continue;
    }
    const tagged = node as Node;
    if (tagged.tag && !STANDARD_TAGS.has(tagged.tag)) {
      problems.push(
        problem(
          file,
          "yaml.tag",
          `The tag \`${tagged.tag.replace(/^tag:yaml\.org,2002:/, "!!")}\` is not allowed.`,
          {
            ...pos(tagged),
            hint: "Remove the `!` tag; wgbot files hold only plain text, numbers, lists and mappings.",
          },
        ),
      );
    }
    if (isMap(node) || isSeq(node)) {
      if (depth >= limits.maxDepth) {
        problems.push(tooDeep(file, pos(node), limits));
        continue;
      }
      // Pushed last to first, so items are visited (and problems reported) in the order they are written.
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) {
          const key = item.key;
          if (isScalar(key) && key.value === "<<" && key.type === "PLAIN") {
            problems.push(
              problem(file, "yaml.merge-key", "Merge keys (`<<`) are not supported.", {
                ...pos(key),
                hint: "Write the fields out in full instead of merging them in from an `&` anchor.",
              }),
            );
          } else if (isScalar(key) && typeof key.value === "string" && FORBIDDEN_KEYS.has(key.value)) {
            problems.push(
              problem(file, "yaml.forbidden-key", `The key \`${key.value}\` is not allowed.`, {
                ...pos(key),
                hint: "Remove it; it has a special meaning in JavaScript and is never a wgbot field.",
              }),
            );
          } else if (key !== null && !isScalar(key)) {
            problems.push(
              problem(file, "yaml.complex-key", "A key must be plain text, not a list or mapping.", {
                ...pos(key as Node),
                hint: "Write the key as a single word followed by a colon.",
              }),
            );
          }
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return problems;
}

const STANDARD_TAGS = new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq",
]);
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function rangePosition(lc: LineCounter, range: readonly number[] | null | undefined): Position {
  if (!range) return { line: 1, column: 1 };
  const start = lc.linePos(range[0] ?? 0);
  const end = lc.linePos(Math.max(range[0] ?? 0, range[1] ?? 0));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** Plain-language versions of the YAML parser's error codes. */
const RUN_ON_KEY = {
  message: "This line runs on into the next one, so YAML reads both as one long key.",
  hint: "Check for a missing `:` after the key on this line, and that the next line is indented like the lines around it.",
};
const YAML_MESSAGES: Record<string, { message: string; hint: string }> = {
  DUPLICATE_KEY: {
    message: "This key appears twice in the same mapping.",
    hint: "Keep one of them; a second value would silently replace the first.",
  },
  MULTIPLE_DOCS: {
    message: "The file holds more than one YAML document (a second `---`).",
    hint: "Keep one document per file; remove the extra `---` line.",
  },
  BAD_INDENT: {
    message: "The indentation is wrong here.",
    hint: "Indent nested fields by the same number of spaces (two is usual) and never use tabs.",
  },
  TAB_AS_INDENT: { message: "A tab is used for indentation.", hint: "Indent with spaces only." },
  MISSING_CHAR: {
    message: "A closing character is missing (a quote, `]` or `}`).",
    hint: "Close every quote and bracket you open.",
  },
  UNEXPECTED_TOKEN: {
    message: "The YAML cannot be read here.",
    hint: "Check for a missing colon, a stray character, or text that needs quotes (such as text starting with @ or `).",
  },
  BLOCK_AS_IMPLICIT_KEY: RUN_ON_KEY,
  MULTILINE_IMPLICIT_KEY: RUN_ON_KEY,
  TAG_RESOLVE_FAILED: {
    message: "A `!` tag is used that wgbot does not allow.",
    hint: "Remove the tag; wgbot files hold only plain text, numbers, lists and mappings.",
  },
  BAD_ALIAS: { message: "An alias (`*name`) is not valid here.", hint: "Write the value out instead." },
  ALIAS_PROPS: {
    message: "An alias (`*name`) cannot carry a tag or anchor.",
    hint: "Write the value out instead.",
  },
  BAD_SCALAR_START: {
    message: "This value starts with a character that needs quotes.",
    hint: 'Wrap the value in double quotes, e.g. "@alice" or "`code`".',
  },
  BAD_DIRECTIVE: { message: "This `%` directive is not valid.", hint: "Remove the line starting with %." },
  KEY_OVER_1024_CHARS: { message: "A key is longer than 1024 characters.", hint: "Use a short key." },
  BAD_DQ_ESCAPE: {
    message: "A backslash in this double-quoted text starts an escape YAML does not know.",
    hint: "Write `\\\\` for a backslash, or use single quotes, in which a backslash is plain text.",
  },
  BLOCK_IN_FLOW: {
    message: "A `- item` list or `key: value` block is inside brackets.",
    hint: "Inside `[...]` or `{...}`, separate items with commas on one line; or drop the brackets.",
  },
  MULTIPLE_ANCHORS: { message: "A value has two `&` anchors.", hint: "Remove the anchors." },
  MULTIPLE_TAGS: { message: "A value has two `!` tags.", hint: "Remove the tags." },
  BAD_PROP_ORDER: { message: "An `&` anchor or `!` tag is misplaced.", hint: "Remove it." },
  BAD_COLLECTION_TYPE: {
    message: "A `!` tag does not fit the value it is on.",
    hint: "Remove the tag; wgbot files hold only plain text, numbers, lists and mappings.",
  },
  NON_STRING_KEY: {
    message: "A key must be plain text, not a list or mapping.",
    hint: "Write the key as a single word followed by a colon.",
  },
};

function fromYamlError(
  file: string,
  error: YAMLError,
  at: (offset: number) => { line: number; col: number },
  text: string,
  doc: Document.Parsed,
): Problem {
  let known = YAML_MESSAGES[error.code];
  let from = error.pos[0];
  let to = Math.max(error.pos[0], error.pos[1]);
  const raw = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
  if (error.code === "DUPLICATE_KEY" && known) {
    const key = /^[^:\n]{1,60}/.exec(text.slice(error.pos[0]))?.[0]?.trim();
    if (key) known = { ...known, message: `The key \`${key}\` appears twice in the same mapping.` };
  }
  // An unclosed quote or bracket is noticed where the file (or the block) ends; point at where it was opened.
  const unclosed = unclosedAt(error, raw, doc);
  const noticed = at(error.pos[0]);
  if (unclosed && (unclosed.quote || at(unclosed.start).line < noticed.line)) {
    const atEnd = text.slice(error.pos[0]).trim() === "";
    known = unclosed.quote
      ? {
          message: `The opening \`${unclosed.quote}\` of this value is never closed.`,
          hint: `Add the closing \`${unclosed.quote}\` at the end of the value: until then, YAML reads the rest of the file as part of it.`,
        }
      : {
          message: atEnd
            ? `The \`${unclosed.open}\` opened here is never closed.`
            : `The \`${unclosed.open}\` opened here is not closed with \`${unclosed.close}\` before line ${noticed.line}.`,
          hint: `Add the missing \`${unclosed.close}\`, or indent the lines that continue it more than the key they belong to.`,
        };
    from = unclosed.start;
    to = unclosed.start + 1;
  }
  const start = at(from);
  const end = at(to);
  return problem(
    file,
    `yaml.${error.code.toLowerCase().replaceAll("_", "-")}`,
    known?.message ?? `The YAML is not valid: ${raw}.`,
    {
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
      hint: known?.hint ?? "Check the syntax near this position.",
    },
  );
}

interface Unclosed {
  start: number;
  quote?: string;
  open?: string;
  close?: string;
}

/** For a missing closing quote or bracket: the quoted value or flow collection that runs up to the error. */
function unclosedAt(error: YAMLError, raw: string, doc: Document.Parsed): Unclosed | undefined {
  const quote = error.code === "MISSING_CHAR" ? /closing (["'])quote/.exec(raw)?.[1] : undefined;
  const bracket =
    error.code === "BAD_INDENT" || error.code === "MISSING_CHAR"
      ? /end with an? ([\]}])/.exec(raw)?.[1]
      : undefined;
  if (!quote && !bracket) return undefined;
  let found: Unclosed | undefined;
  // Nodes that start after the error cannot run up to it, and neither can what is inside them.
  const startsByError = (node: object) => {
    if (isPair(node)) return true;
    const range = (node as Node).range;
    return range ? range[0] <= error.pos[0] : false;
  };
  for (const node of nodesOf(doc.contents, startsByError)) {
    const range = (node as Node).range;
    if (isPair(node) || !range) continue;
    if (quote && isScalar(node) && node.type === (quote === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE")) {
      if (range[1] >= error.pos[0] && (!found || range[0] > found.start)) found = { start: range[0], quote };
    } else if (bracket && (isSeq(node) || isMap(node)) && node.flow === true && range[1] === error.pos[0]) {
      const isSequence = isSeq(node);
      if ((bracket === "]") === isSequence && (!found || range[0] > found.start)) {
        found = { start: range[0], open: isSequence ? "[" : "{", close: bracket };
      }
    }
  }
  return found;
}

/** The parser can report one mistake several times at the same spot; say it once. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
