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
} from "yaml";
import { type Position, type Problem, problem } from "../problems.ts";

export interface YamlLimits {
  /** Largest file accepted, in bytes. Governance files are small; a larger one is a mistake or an attack. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists. Our schemas need 4; 32 leaves room for honest mistakes. */
  maxDepth: number;
  /** Aliases allowed in one file; each may expand, so the count is what bounds a "billion laughs" file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: YamlLimits = { maxBytes: 512 * 1024, maxDepth: 32, maxAliases: 20 };

export interface ParsedYaml {
  ok: true;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type LoadResult = ParsedYaml | { ok: false; problems: Problem[] };

const decoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

/** Decodes bytes as UTF-8, reporting where the first invalid byte is. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const lenient = lenientDecoder.decode(bytes);
    const at = positionOf(lenient, Math.max(0, lenient.indexOf("\uFFFD")));
    return {
      problem: problem(file, "yaml.encoding", "The file is not valid UTF-8 text.", {
        ...at,
        hint: "Save the file with UTF-8 encoding (most editors offer it in the 'Save as' or status bar menu).",
      }),
    };
  }
}

export function loadYaml(
  file: string,
  input: string | Uint8Array,
  limits: YamlLimits = DEFAULT_LIMITS,
): LoadResult {
  const byteLength = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (byteLength > limits.maxBytes) {
    return fail(
      problem(
        file,
        "yaml.too-large",
        `The file is ${kib(byteLength)}; wgbot reads files up to ${kib(limits.maxBytes)}.`,
        {
          line: 1,
          column: 1,
          hint: "Split the content or move long text elsewhere and link to it.",
        },
      ),
    );
  }
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeUtf8(file, input);
    if ("problem" in decoded) return fail(decoded.problem);
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
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

  const problems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) problems.push(fromYamlError(file, error, at, text));
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };

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
          line: 1,
          column: 1,
          hint: "Write values out instead of using & anchors and * aliases.",
        }),
      );
    }
    throw error;
  }
  return { ok: true, text, doc, lineCounter, data };
}

function fail(p: Problem): LoadResult {
  return { ok: false, problems: [p] };
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
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
        problem(file, "yaml.tag", `The tag \`${tagged.tag}\` is not allowed.`, {
          ...pos(tagged),
          hint: "Remove the `!` tag; wgbot files hold only plain text, numbers, lists and mappings.",
        }),
      );
    }
    if (isMap(node) || isSeq(node)) {
      if (depth >= limits.maxDepth) {
        problems.push(tooDeep(file, pos(node), limits));
        continue;
      }
      for (const item of node.items) {
        if (isPair(item)) {
          const key = item.key;
          if (isScalar(key) && typeof key.value === "string" && FORBIDDEN_KEYS.has(key.value)) {
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
  BLOCK_AS_IMPLICIT_KEY: {
    message: "A key spans several lines.",
    hint: "Put `key: value` on one line, or check for a missing colon on the line above.",
  },
  MULTILINE_IMPLICIT_KEY: {
    message: "A key spans several lines.",
    hint: "Put `key: value` on one line, or check for a missing colon on the line above.",
  },
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
};

function fromYamlError(
  file: string,
  error: YAMLError,
  at: (offset: number) => { line: number; col: number },
  text: string,
): Problem {
  let known = YAML_MESSAGES[error.code];
  if (error.code === "DUPLICATE_KEY" && known) {
    const key = /^[^:\n]{1,60}/.exec(text.slice(error.pos[0]))?.[0]?.trim();
    if (key) known = { ...known, message: `The key \`${key}\` appears twice in the same mapping.` };
  }
  const start = at(error.pos[0]);
  const end = at(Math.max(error.pos[0], error.pos[1]));
  const raw = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
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
