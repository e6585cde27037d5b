/**
 * Parses one YAML file and validates it against one schema: the step every governance file goes through.
 *
 * Positions are only needed when something is wrong, and building a positioned syntax tree costs ~10x a plain
 * parse. So a file first takes a fast path and, when it parses and matches the schema, is done. The fast path is
 * the subset parser in ../yaml/fast-subset.ts, which reads the YAML governance files use exactly as the careful
 * path does, or gives up; then js-yaml (YAML 1.2 core schema, duplicate keys refused) tries, on text without the
 * YAML features where it and the careful path could disagree (anchors, aliases, tags, merge keys, directives,
 * special keys). Anything else — a parse error, or a schema error in a file only js-yaml could read — goes
 * through the careful path in ../yaml/load.ts, which is authoritative.
 *
 * Positions (for schema errors in a file the subset parser read, and for rule findings) come from the subset
 * parser where it models them exactly, and from the careful path otherwise.
 */
import type { ErrorObject } from "ajv";
import jsYaml from "js-yaml";
import type { Position, Problem } from "../problems.ts";
import { decodeGovernanceFile, type TooLarge } from "../repo/decode.ts";
import { type Locator, schemaProblems } from "../schema/messages.ts";
import { type SchemaName, schemas, validator } from "../schema/registry.ts";
import { locateInSubset, parseSubset, type SubsetLocator } from "../yaml/fast-subset.ts";
import { DEFAULT_LIMITS, loadYaml, type ParsedYaml, type YamlLimits } from "../yaml/load.ts";
import { locate } from "../yaml/locate.ts";

export interface CheckedDocument<T> {
  /** The data, when it parsed and matched the schema; rules beyond the schema may still find problems. */
  data?: T;
  problems: Problem[];
  /** Where a path is in the file. Parses the file with positions on first use only. */
  locate: Locator;
}

/** Text using any of these YAML features always takes the careful path (when the subset parser gave up). */
const CAREFUL_ONLY = /(?:^|[\s[{,])[&*!][^\s,\]}]|^%|<<|^---|__proto__|constructor|prototype|\t/m;
/**
 * Text the two parsers read differently also takes the careful path: numbers js-yaml reads and YAML 1.2 core does
 * not (`0b101`, `-0x1`) or the other way round (`-.5`), and lists or mappings used as keys (`? [a]`, `[a]: b`),
 * which js-yaml turns into text keys; and a backslash ending a line in double quotes (an escaped line break),
 * after which the two treat blank lines differently.
 */
const PARSERS_DISAGREE = /[-+]0[xo]|\b0b[01]|[-+]\.[0-9]|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:|\\\r?$/m;

export function checkYamlDocument<T>(
  file: string,
  content: string | Uint8Array | TooLarge,
  schema: SchemaName,
  limits: YamlLimits = DEFAULT_LIMITS,
): CheckedDocument<T> {
  const fast = fastPath<T>(content, schema, limits);
  if (fast) {
    const locateIn = lazyLocator(file, fast.text, limits);
    if (fast.errors === undefined) return { data: fast.data, problems: [], locate: locateIn };
    // The subset parser read the file as the careful path would: the same data, so the same schema errors.
    return { problems: schemaProblems(file, schemas[schema], fast.errors, locateIn), locate: locateIn };
  }
  const parsed = loadYaml(file, content, limits);
  if (!parsed.ok) return { problems: parsed.problems, locate: () => ({}) };
  const locateIn: Locator = (path, at) => position(parsed, path, at);
  const validate = validator(schema);
  if (validate(parsed.data)) return { data: parsed.data as T, problems: [], locate: locateIn };
  return {
    problems: schemaProblems(file, schemas[schema], validate.errors ?? [], locateIn),
    locate: locateIn,
  };
}

/**
 * The file's data when it matches the schema; or, when the subset parser read it and the schema does not match,
 * the schema's errors; undefined when only the careful path can tell.
 */
function fastPath<T>(
  content: string | Uint8Array | TooLarge,
  schema: SchemaName,
  limits: YamlLimits,
): { text: string; data: T; errors?: undefined } | { text: string; errors: ErrorObject[] } | undefined {
  // Decoded as the careful path decodes it (size, UTF-8, BOM, line ends): a file it refuses, the careful path reports.
  const decoded = decodeGovernanceFile("", content, limits.maxBytes);
  if ("problem" in decoded) return undefined;
  const text = decoded.text;
  const validate = validator(schema);
  const subset = parseSubset(text, limits.maxDepth);
  if (subset !== undefined) {
    if (validate(subset)) return { text, data: subset as T };
    return { text, errors: validate.errors ?? [] };
  }
  if (CAREFUL_ONLY.test(text) || PARSERS_DISAGREE.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined; // includes stack overflow on absurd nesting: the careful path reports it properly
  }
  if (data === null || typeof data !== "object") return undefined;
  return validate(data) ? { text, data: data as T } : undefined;
}

/** Positions from the subset parser where it has them exactly, else from the careful path; each parse done once. */
function lazyLocator(file: string, text: string, limits: YamlLimits): Locator {
  let subset: SubsetLocator | null | undefined;
  let parsed: ParsedYaml | undefined;
  return (path, at) => {
    if (subset === undefined) subset = locateInSubset(text, limits.maxDepth) ?? null;
    const where = subset?.(path, at);
    if (where) return where;
    if (!parsed) {
      const result = loadYaml(file, text, limits);
      if (!result.ok) return {};
      parsed = result;
    }
    return position(parsed, path, at);
  };
}

function position(
  parsed: ParsedYaml,
  path: readonly (string | number)[],
  at: "key" | "value",
): Partial<Position> {
  const where = locate(parsed.doc, parsed.lineCounter, path);
  return at === "key" ? where.key : where.value;
}
