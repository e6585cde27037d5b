/** Machine-readable output: every problem with its position, and counts. */
import { countBySeverity, type Problem } from "../../problems.ts";
import { replaceInvisible } from "../../util/invisible.ts";
import type { Summary } from "./human.ts";

export function formatJson(problems: Problem[], summary: Summary): string {
  return `${jsonText({ ...summary, ...countBySeverity(problems), problems })}\n`;
}

/**
 * JSON whose text is visible and inert, with the same values once parsed: invisible characters in strings (file and
 * folder names are kept exact here) are written as `\uXXXX` escapes, and the `##[` that the Actions runner reads as a
 * command anywhere in a line is written `#\u0023[`. Pretty-printed, every line starts with spaces and then a quote
 * or a bracket, so no line starts with `::` either.
 */
export function jsonText(value: unknown): string {
  return replaceInvisible(JSON.stringify(value, null, 2), (char) =>
    // Characters outside the BMP are escaped as their two UTF-16 halves, as JSON requires.
    [...Array(char.length).keys()]
      .map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`)
      .join(""),
  ).replace(/##\[/g, "#\\u0023[");
}
