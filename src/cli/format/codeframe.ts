/** A few lines of source around a position, with a caret under the offending text. */
import type { Problem } from "../../problems.ts";
import { visible } from "../../util/invisible.ts";

export function codeFrame(source: string, p: Problem, context = 1): string {
  if (p.line === undefined) return "";
  // Every line break people's editors produce counts, as when the file was read.
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, p.line - context);
  const last = Math.min(lines.length, p.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = (lines[n - 1] ?? "").replace(/\t/g, " ");
    // Invisible characters are written out (`<U+200B>`): the reader sees what is wrong, and the terminal
    // receives no control sequence from the file.
    out.push(`${n === p.line ? ">" : " "} ${String(n).padStart(width)} | ${visible(raw)}`);
    if (n === p.line) {
      const column = p.column ?? 1;
      const end = p.endLine === p.line && p.endColumn && p.endColumn > column ? p.endColumn : column + 1;
      const span = Math.max(1, Math.min(end - column, raw.length - column + 1));
      // The caret sits under the written-out text, which is longer than the raw text where it has invisibles.
      const before = visible(raw.slice(0, column - 1)).length + Math.max(0, column - 1 - raw.length);
      const under = Math.max(1, visible(raw.slice(column - 1, column - 1 + span)).length);
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(before)}${"^".repeat(under)}`);
    }
  }
  return out.join("\n");
}
