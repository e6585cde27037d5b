/** The default output: each problem with its place, a code frame and the hint, then a one-line summary. */
import { countBySeverity, type Problem } from "../../problems.ts";
import { plural } from "../../util/text.ts";
import { codeFrame } from "./codeframe.ts";

export interface Summary {
  checked: number;
  workgroups: number;
  reports: number;
}

export function formatHuman(
  problems: Problem[],
  source: (file: string) => string | undefined,
  summary: Summary,
  color: boolean,
): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const p of problems) {
    const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
    const label = p.severity === "error" ? paint("31", "error") : paint("33", "warning");
    out.push(`${paint("1", where)}  ${label}  ${p.message}`);
    const text = source(p.file);
    if (text !== undefined && p.line) out.push(codeFrame(text, p));
    if (p.hint) out.push(`  ${paint("36", "hint:")} ${p.hint}`);
    out.push("");
  }
  const { errors, warnings } = countBySeverity(problems);
  const scope = `${plural(summary.checked, "file")} checked (${plural(summary.workgroups, "work group")}, ${plural(summary.reports, "report")})`;
  if (problems.length === 0) out.push(paint("32", `✔ ${scope}: no problems.`));
  else {
    const files = new Set(problems.map((p) => p.file)).size;
    out.push(
      paint(
        errors > 0 ? "31" : "33",
        `✖ ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}; ${scope}.`,
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
