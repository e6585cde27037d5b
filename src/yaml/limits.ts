/** How much of a YAML file wgbot reads at all: size, nesting and aliases, and the problem for a file too deep. */
import { type Position, type Problem, problem } from "../problems.ts";
import { MAX_FILE_BYTES } from "../repo/decode.ts";

export interface YamlLimits {
  /** Largest file accepted, in bytes. Governance files are small; a larger one is a mistake or an attack. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists. Our schemas need 4; 32 leaves room for honest mistakes. */
  maxDepth: number;
  /** Aliases allowed in one file; each may expand, so the count is what bounds a "billion laughs" file. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: YamlLimits = { maxBytes: MAX_FILE_BYTES, maxDepth: 32, maxAliases: 20 };

export function tooDeep(file: string, pos: Position, limits: YamlLimits): Problem {
  return problem(file, "yaml.too-deep", `The file is nested more than ${limits.maxDepth} levels deep.`, {
    ...pos,
    hint: "wgbot files need only a few levels: check the indentation, or brackets that were never closed.",
  });
}
