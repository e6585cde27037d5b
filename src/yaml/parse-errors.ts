/** The YAML parser's errors, as problems in plain words, pointing where the mistake was made. */
import { type Document, isMap, isPair, isScalar, isSeq, type Node, type YAMLError } from "yaml";
import { type Problem, problem } from "../problems.ts";
import { loginAfterAt, loginWithoutAt } from "../util/login.ts";
import { nodesOf } from "./nodes.ts";

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

export function fromYamlError(
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
  if (error.code === "BAD_SCALAR_START" && known) {
    // `submitted_by: @alice`: the fix is the login without its @, as every other place that sees one says.
    const login = loginAfterAt(/^[^\n#]*/.exec(text.slice(error.pos[0]))?.[0] ?? "");
    if (login) known = { ...known, hint: loginWithoutAt(login) };
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
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  // After a tab used as indentation the parser loses track of the nesting, and what it reports on the lines that
  // follow (bad indentation, a key running on) is the tab again, in words that send the reader looking for a second
  // mistake that is not there. The tab is said once; every tab, and keys written twice, are still each reported.
  const tab = problems.find((p) => p.code === "yaml.tab-as-indent");
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (!tab || p === tab || p.code === "yaml.tab-as-indent" || p.code === "yaml.duplicate-key") return true;
    return (p.line ?? 0) < (tab.line ?? 0);
  });
}
