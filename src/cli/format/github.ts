/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows as annotations on the
 * file in the pull request. Data and property values are escaped as the runner expects; the message is written
 * with `visible`, and a path GitHub could not show faithfully is named, written out, in the title instead.
 */
import { escapeData, escapeProperty, noCommands } from "../../action/workflow-commands.ts";
import type { Problem } from "../../problems.ts";
import { invisibleIn, visibleLine } from "../../util/invisible.ts";

/** A path GitHub can show as it is: no line break and nothing invisible (spaces are fine, unlike in the Action). */
function placeable(file: string): boolean {
  return !/[\r\n]/.test(file) && invisibleIn(file) === undefined;
}

/** `prefix`: the governance repository's folder in the checkout (`governance/`), empty when it is the checkout. */
export function formatGithub(problems: Problem[], prefix = ""): string {
  return problems
    .map((p) => {
      const file = `${prefix}${p.file}`;
      const placed = placeable(file);
      const props = placed ? [`file=${escapeProperty(file)}`] : [];
      if (placed && p.line) {
        props.push(`line=${p.line}`, `col=${p.column ?? 1}`);
        if (p.endLine) props.push(`endLine=${p.endLine}`);
        if (p.endColumn && p.endLine === p.line) props.push(`endColumn=${p.endColumn}`);
      }
      const where = placed ? "" : ` in ${file}${p.line ? `:${p.line}` : ""}`;
      props.push(`title=${escapeProperty(noCommands(visibleLine(`wgbot: ${p.code}${where}`)))}`);
      const text = p.hint ? `${p.message} ${p.hint}` : p.message;
      return `::${p.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}
