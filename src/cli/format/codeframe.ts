/** A few lines of source around a position, with a caret under the offending text. */
import type { Problem } from "../../problems.ts";

export function codeFrame(source: string, p: Problem, context = 1): string {
  if (p.line === undefined) return "";
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, p.line - context);
  const last = Math.min(lines.length, p.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, " ");
    out.push(`${n === p.line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
    if (n === p.line) {
      const column = p.column ?? 1;
      const end = p.endLine === p.line && p.endColumn && p.endColumn > column ? p.endColumn : column + 1;
      const span = Math.max(1, Math.min(end - column, text.length - column + 1));
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(column - 1)}${"^".repeat(span)}`);
    }
  }
  return out.join("\n");
}
