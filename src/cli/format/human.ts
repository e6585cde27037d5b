/** The default output: each problem with its place, a code frame and the hint, then a one-line summary. */
import { noCommands } from "../../action/workflow-commands.ts";
import { countBySeverity, type Problem } from "../../problems.ts";
import { visibleLine } from "../../util/invisible.ts";
import { plural } from "../../util/text.ts";
import { codeFrame } from "./codeframe.ts";

export interface Summary {
  checked: number;
  workgroups: number;
  reports: number;
  /** Grant decisions in the ledger; left out of the line when there are none. */
  grants: number;
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
    // Paths and messages come from file and folder names and their contents: each is kept on its own line, with
    // invisible characters (a line feed in a folder name included) written out.
    const file = visibleLine(p.file);
    const where = p.line ? `${file}:${p.line}:${p.column ?? 1}` : file;
    const label = p.severity === "error" ? paint("31", "error") : paint("33", "warning");
    out.push(`${paint("1", where)}  ${label}  ${visibleLine(p.message)}`);
    const text = source(p.file);
    if (text !== undefined && p.line) out.push(codeFrame(text, p));
    if (p.hint) out.push(`  ${paint("36", "hint:")} ${visibleLine(p.hint)}`);
    out.push("");
  }
  const { errors, warnings } = countBySeverity(problems);
  const grants = summary.grants > 0 ? `, ${plural(summary.grants, "grant decision")}` : "";
  const scope = `${plural(summary.checked, "file")} checked (${plural(summary.workgroups, "work group")}, ${plural(summary.reports, "report")}${grants})`;
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
  // This output is also read by the Actions runner when `wgbot validate` runs in a workflow: nothing quoted from a
  // file may start a workflow command there.
  return `${noCommands(out.join("\n"))}\n`;
}
