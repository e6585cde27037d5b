/**
 * Safe YAML loading for untrusted governance files: the careful path, which is authoritative.
 *
 * Every way a hostile or broken file can hurt us — invalid UTF-8, a huge file, alias bombs, duplicate keys,
 * `__proto__` keys, deep nesting, custom tags, several documents — becomes a Problem with a position. The caller
 * gets either plain data it can validate, or the list of problems; it never gets an exception.
 */
import { type Document, isScalar, LineCounter, parseDocument } from "yaml";
import { type Problem, problem } from "../problems.ts";
import { decodeGovernanceFile, decodeUtf8, type TooLarge } from "../repo/decode.ts";
import { DEFAULT_LIMITS, tooDeep, type YamlLimits } from "./limits.ts";
import { duplicateKeys, firstAlias } from "./nodes.ts";
import { dedupe, fromYamlError } from "./parse-errors.ts";
import { positionOf } from "./position.ts";
import { structuralProblems } from "./structure.ts";

export interface ParsedYaml {
  ok: true;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export type LoadResult = ParsedYaml | { ok: false; problems: Problem[] };

export { DEFAULT_LIMITS, type YamlLimits } from "./limits.ts";
export { positionOf, rangePosition } from "./position.ts";
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
      // Duplicate keys are found in ./nodes.ts, in linear time: the parser's own check compares each key with every
      // earlier key of its mapping, and a 512 KB file of short keys kept it busy for minutes.
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

function fail(p: Problem): LoadResult {
  return { ok: false, problems: [p] };
}
