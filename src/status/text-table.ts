/**
 * Plain-text tables for a terminal: columns sized to their content, the widest shrunk (text cut with "…") until
 * the table fits the width, so `wgbot status` reads in a 100-column terminal and in a CI log alike.
 */
import { visibleLine } from "../util/invisible.ts";
import { truncate } from "../util/text.ts";

export interface Column {
  heading: string;
  /** Never shrunk below this. */
  min?: number;
  align?: "left" | "right";
}

export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width = 100,
): string {
  // Cells come from files and issues: one line each, with invisible characters written out.
  const cells = rows.map((row) => row.map((cell) => visibleLine(cell)));
  const widths = columns.map((c, i) => Math.max(c.heading.length, ...cells.map((r) => (r[i] ?? "").length)));
  const gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    for (const [i, w] of widths.entries())
      if (
        w > Math.max(columns[i]?.min ?? 6, columns[i]?.heading.length ?? 0) &&
        (widest < 0 || w > (widths[widest] ?? 0))
      )
        widest = i;
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const text = cell.length > w ? truncate(cell, w) : cell;
        return columns[i]?.align === "right" ? text.padStart(w) : text.padEnd(w);
      })
      .join(" ".repeat(gap))
      .trimEnd();
  return [line(columns.map((c) => c.heading)), ...cells.map(line)].join("\n");
}

/** A paragraph wrapped at `width`, each line after the first indented. */
export function wrap(text: string, width = 100, indent = "  "): string {
  const words = visibleLine(text).split(" ");
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent.length;
    if (current && current.length + 1 + word.length > limit) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}
