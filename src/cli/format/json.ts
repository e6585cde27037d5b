/** Machine-readable output: every problem with its position, and counts. */
import { countBySeverity, type Problem } from "../../problems.ts";
import type { Summary } from "./human.ts";

export function formatJson(problems: Problem[], summary: Summary): string {
  return `${JSON.stringify({ ...summary, ...countBySeverity(problems), problems }, null, 2)}\n`;
}
