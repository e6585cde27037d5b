/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows as annotations on the
 * file in the pull request. Data and property values are escaped as the runner expects.
 */
import { escapeData, escapeProperty } from "../../action/workflow-commands.ts";
import type { Problem } from "../../problems.ts";

export function formatGithub(problems: Problem[]): string {
  return problems
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`];
      if (p.line) {
        props.push(`line=${p.line}`, `col=${p.column ?? 1}`);
        if (p.endLine) props.push(`endLine=${p.endLine}`);
        if (p.endColumn && p.endLine === p.line) props.push(`endColumn=${p.endColumn}`);
      }
      props.push(`title=${escapeProperty(`wgbot: ${p.code}`)}`);
      const text = p.hint ? `${p.message} ${p.hint}` : p.message;
      return `::${p.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}
