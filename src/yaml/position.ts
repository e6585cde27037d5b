/** Line and column (1-based, as editors count them) of offsets in a YAML file's text. */
import type { LineCounter } from "yaml";
import type { Position } from "../problems.ts";

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
