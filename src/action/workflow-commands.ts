/**
 * GitHub Actions workflow commands (`::error file=…::message`) and the job summary, written by hand: the runner
 * reads them from stdout and from the file at GITHUB_STEP_SUMMARY, so no toolkit package is needed.
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
 */
import type { Outcome } from "../model/outcome.ts";
import type { Problem } from "../problems.ts";
import { invisibleIn, visible } from "../util/invisible.ts";

/**
 * Text that must print as text, line by line: the runner reads a line that starts with `::` (after leading spaces)
 * as a workflow command, and also one with `##[` ANYWHERE in it (the legacy `##[command]` form, which it still
 * accepts: `##[add-mask]`, `##[error]`, `##[stop-commands]`); issue titles, comments and files quote people's
 * words. The second character of such a prefix is written as its code point, `:<U+003A>` and `#<U+0023>[`, the way
 * `visible` writes invisible characters (also done here): a reader sees exactly what is there, the runner no command.
 */
export function inert(text: string): string {
  return noCommands(visible(text));
}

/** Only the command prefixes of `inert`, for output that is already visible and has escapes of its own (colour). */
export function noCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, "$1:<U+003A>").replace(/##\[/g, "#<U+0023>[");
}

/** `%`, CR and LF escaped so one command stays on one line. */
function percentEscaped(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * A message, which GitHub shows: on one line, invisible characters written out, and no `##[` (the runner reads a
 * whole line as one command, but this keeps a line inert even where commands are paused or the line is reused).
 */
export function escapeData(text: string): string {
  return noCommands(visible(percentEscaped(text)));
}

/**
 * A property value (`file=`, `title=`): additionally `:` and `,`, which separate properties. Left exact, as `file=`
 * must name the real file; a property people read (`title=`) is written with `visible` first.
 */
export function escapeProperty(text: string): string {
  return percentEscaped(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function command(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(k === "file" ? String(v) : noCommands(visible(String(v))))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}\n`;
}

/**
 * A repository file the runner can place an annotation on, as opposed to a label such as `issue #12`. A path with
 * invisible characters is not given as `file=` either: GitHub would show it as it is, hiding them (or, for a bidi
 * control, reordering the text around it); it is named in the title, written out, instead.
 */
export function isRepoPath(file: string): boolean {
  return file !== "" && !/\s/.test(file) && !file.startsWith("#") && invisibleIn(file) === undefined;
}

/** Markdown emphasis and code marks read badly in an annotation, which GitHub shows as plain text. */
function plain(text: string): string {
  return text.replace(/\*\*/g, "").replace(/`/g, "'");
}

/** One annotation per problem: on the file and line when there is one, otherwise titled with what it is about. */
export function annotation(problem: Problem): string {
  const where = isRepoPath(problem.file) ? undefined : problem.file;
  const title = [where, problem.field].filter(Boolean).join(": ") || undefined;
  const message = plain(problem.hint ? `${problem.message} ${problem.hint}` : problem.message);
  return command(problem.severity === "error" ? "error" : "warning", message, {
    file: isRepoPath(problem.file) ? problem.file : undefined,
    line: problem.line,
    col: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    title,
  });
}

/** Markdown for the job summary of one run: what happened, the writes (made or, in a dry run, planned), findings. */
export function summaryMarkdown(input: {
  event: string;
  outcome?: Outcome;
  dryRun: boolean;
  error?: string;
  describe: (write: Outcome["writes"][number]) => string;
}): string {
  const { event, outcome, dryRun, error } = input;
  const lines = [`### wgbot: \`${event}\`${dryRun ? " (dry run)" : ""}`, ""];
  if (error !== undefined) {
    lines.push(`❌ **The run failed**: ${inlineText(error)}`, "");
    return `${lines.join("\n")}\n`;
  }
  if (!outcome) return `${lines.join("\n")}\n`;
  lines.push(`**${outcome.flow}**: ${inlineText(outcome.summary)}`, "");
  if (outcome.writes.length > 0) {
    lines.push(dryRun ? "Changes it **would** make (none were made):" : "Changes made:", "");
    for (const write of outcome.writes) {
      const [head = "", ...rest] = input.describe(write).split("\n");
      if (rest.length === 0) {
        lines.push(`- ${inlineText(head)}`);
      } else {
        // Comment text: already Markdown-escaped by the flow; shown folded, as GitHub will render it.
        const body = rest.map((l) => l.replace(/^ {4}/, "")).join("\n");
        lines.push(
          `- <details><summary>${htmlText(head)}</summary>`,
          "",
          indent(body, "  "),
          "",
          "  </details>",
        );
      }
    }
    lines.push("");
  } else if (outcome.flow !== "ignored") {
    lines.push("Nothing to change: GitHub already matches the plan.", "");
  }
  const problems = outcome.problems ?? [];
  if (problems.length > 0) {
    lines.push("| | Where | Finding |", "|---|---|---|");
    for (const p of problems) {
      const where = [p.file, p.line === undefined ? undefined : `line ${p.line}`, p.field]
        .filter(Boolean)
        .join(", ");
      const text = p.hint ? `${p.message} ${p.hint}` : p.message;
      lines.push(`| ${p.severity === "error" ? "❌" : "⚠️"} | ${cell(where)} | ${cell(text)} |`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((l) => (l ? prefix + l : l))
    .join("\n");
}

/** Text from the run (error messages, summaries) on one line, with nothing that could open HTML. */
function inlineText(text: string): string {
  return htmlText(text.replace(/\s*\n\s*/g, " "));
}

/** Invisible characters written out (the summary is read by people), and nothing that could open HTML. */
function htmlText(text: string): string {
  return visible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cell(text: string): string {
  return inlineText(text).replace(/\|/g, "\\|");
}
