/**
 * Parses one YAML file and validates it against one schema: the step every governance file goes through.
 *
 * Positions are only needed when something is wrong, and building a positioned syntax tree costs ~10x a plain
 * parse. So a file first takes the fast path (js-yaml, ../yaml/fast.ts), which answers only where it reads the
 * file exactly as the careful path does; when it answers and the data matches the schema, the file is done.
 * Anything else — a file the fast path leaves alone, or a schema error — goes through the careful path in
 * ../yaml/load.ts, which is authoritative and knows every position.
 */
import type { Locator, Position, Problem } from "../problems.ts";
import { decodeGovernanceFile, type TooLarge } from "../repo/decode.ts";
import { loadFast } from "../yaml/fast.ts";
import { DEFAULT_LIMITS, type YamlLimits } from "../yaml/limits.ts";
import { loadYaml, type ParsedYaml } from "../yaml/load.ts";
import { locate } from "../yaml/locate.ts";
import { schemaProblems } from "./messages.ts";
import { type SchemaName, schemas, validator } from "./registry.ts";

export interface CheckedDocument<T> {
  /** The data, when it parsed and matched the schema; rules beyond the schema may still find problems. */
  data?: T;
  problems: Problem[];
  /** Where a path is in the file. Parses the file with positions on first use only. */
  locate: Locator;
}

export function checkYamlDocument<T>(
  file: string,
  content: string | Uint8Array | TooLarge,
  schema: SchemaName,
  limits: YamlLimits = DEFAULT_LIMITS,
): CheckedDocument<T> {
  const validate = validator(schema);
  // Decoded as the careful path decodes it (size, UTF-8, BOM, line ends): a file it refuses, the careful path reports.
  const decoded = decodeGovernanceFile(file, content, limits.maxBytes);
  if (!("problem" in decoded)) {
    const data = loadFast(decoded.text, limits.maxDepth);
    if (data !== undefined && validate(data))
      return { data: data as T, problems: [], locate: lazyLocator(file, content, limits) };
  }
  const parsed = loadYaml(file, content, limits);
  if (!parsed.ok) return { problems: parsed.problems, locate: () => ({}) };
  const locateIn: Locator = (path, at) => position(parsed, path, at);
  if (validate(parsed.data)) return { data: parsed.data as T, problems: [], locate: locateIn };
  return {
    problems: schemaProblems(file, schemas[schema], validate.errors ?? [], locateIn),
    locate: locateIn,
  };
}

/**
 * Positions for a file the fast path read: from the careful path, parsed on the first question only. It keeps the
 * content as it came (the caller holds it anyway), not a decoded copy: most files are never asked.
 */
function lazyLocator(file: string, content: string | Uint8Array | TooLarge, limits: YamlLimits): Locator {
  let parsed: ParsedYaml | undefined;
  return (path, at) => {
    if (!parsed) {
      const result = loadYaml(file, content, limits);
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
