/**
 * The line of a comment that may hold a command: the first line of the comment's first block, when GitHub renders
 * that block as a plain paragraph. A command shown as code (indented or fenced), quoted, in a list item, a heading
 * (`# …`, or a line underlined with `===`/`---`), a table, a footnote or link definition, or behind HTML (an HTML
 * block, `<details>`, `<!-- -->`) is text someone is showing, not a command; GitHub does not show it as one either.
 *
 * The block structure comes from a real CommonMark parser with GitHub's extensions (micromark, through
 * mdast-util-from-markdown), not from patterns. The line itself is sliced from the source by the paragraph's
 * position, so escapes, entities and inline code are read as typed: `\/board approve`, `&#47;board approve` and
 * the same in bold (two asterisks first) do not start with the command and are not commands.
 */
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { Memo } from "../util/memo.ts";

/**
 * GitHub refuses comments longer than this, so a first block that runs past it cannot come from GitHub; parsing
 * stops there, which bounds the cost of a hostile body.
 */
export const GITHUB_MAX_COMMENT = 65_536;

/** GitHub's dialect: tables, task lists, footnotes and strikethrough are blocks and inlines of their own. */
const GFM = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/**
 * The answers for the last few short first blocks: the router reads a comment's command to choose the flow and the
 * flow reads it again (three times in all for a decision), and the Markdown parse costs more than the rest of reading
 * a command. A command is one short line; a longer block is parsed each time, so what is kept stays small.
 */
const PARSED = new Memo<string | undefined>(64);
const KEPT_BLOCK = 1_000;

/** A line CommonMark calls blank: spaces and tabs only. */
const BLANK = /^[ \t]*$/;

/**
 * The first line of the comment's first block when that block is a paragraph, trimmed; undefined otherwise, and
 * undefined at once, without parsing, when that line cannot start with a `/`.
 */
export function commandLine(body: string | null | undefined): string | undefined {
  const text = (body ?? "").replace(/^\uFEFF/, ""); // a BOM is not content; micromark skips it too
  const first = firstBlock(text);
  if (!first?.line.trim().startsWith("/")) return undefined;
  const source = first.source;
  return source.length <= KEPT_BLOCK
    ? PARSED.get(source, () => paragraphLine(source))
    : paragraphLine(source);
}

/** The first line of `source` when its first block is a paragraph, trimmed. */
function paragraphLine(source: string): string | undefined {
  const tree: Root = fromMarkdown(source, GFM);
  const block = tree.children[0];
  const start = block?.type === "paragraph" ? block.position?.start.offset : undefined;
  if (start === undefined) return undefined;
  const end = /\r|\n/.exec(source.slice(start))?.index;
  return source.slice(start, end === undefined ? undefined : start + end).trim();
}

/**
 * The source of the first block and nothing after it, and its first line: from the start to the first blank line
 * after the first line with content. The kind of a block never depends on what follows a blank line (a paragraph
 * ends there; an open fence or HTML block is already known as one), so the parser sees all it needs and no more.
 * One pass over the lines, stopping at GitHub's own limit.
 */
function firstBlock(text: string): { source: string; line: string } | undefined {
  const newline = /\r\n|\r|\n/g;
  let start = 0;
  let line: string | undefined;
  let end = 0;
  while (start <= text.length && start < GITHUB_MAX_COMMENT) {
    newline.lastIndex = start;
    const found = newline.exec(text);
    const lineEnd = found ? found.index : text.length;
    const next = found ? found.index + found[0].length : text.length + 1;
    const current = text.slice(start, lineEnd);
    if (BLANK.test(current)) {
      if (line !== undefined) break;
    } else {
      line ??= current;
      // Whole lines only, so a cut at the limit cannot turn the end of a line into an underline.
      if (next <= GITHUB_MAX_COMMENT || end === 0) end = Math.min(lineEnd, GITHUB_MAX_COMMENT);
    }
    start = next;
  }
  return line === undefined ? undefined : { source: text.slice(0, end), line };
}
