/**
 * Command detection agrees with the Markdown parser's view of the comment, for generated comments: block prefixes
 * (indentation, quotes, fences, list markers, HTML, headings, tables, definitions, blank lines), a command line with
 * something before and after it on the line, and lines after it (setext underlines, table delimiters, code).
 *
 * The expected verdict is computed here, independently of src/decide: the whole comment is parsed with the same
 * CommonMark + GFM parser GitHub's renderer follows, and a comment holds a command exactly when its first block is
 * a paragraph whose first text starts with one of wgbot's commands, typed as such (no escape or entity in it).
 * parseCommand parses only the first block, and slices the source rather than reading text nodes; this checks that
 * neither shortcut changes a verdict.
 */
import fc from "fast-check";
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { commandName, parseCommand } from "../../src/decide/command.ts";

/** The command the Markdown parser shows first, by name, or undefined: what GitHub shows as a command. */
const GFM = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

function commandShown(body: string): string | undefined {
  const tree: Root = fromMarkdown(body, GFM);
  const block = tree.children[0];
  if (block?.type !== "paragraph") return undefined;
  const text = block.children[0];
  if (text?.type !== "text" || text.position?.start.offset !== block.position?.start.offset) return undefined;
  const firstLine = (t: string) => (t.split(/\r\n|\r|\n/)[0] ?? "").trim();
  const line = firstLine(text.value);
  // Shown as a command, and typed as one: `\/board` or `&#47;board` show the same text but were typed to be text.
  const typed = firstLine(body.slice(text.position?.start.offset, text.position?.end.offset));
  if (typed !== line) return undefined;
  return /^\/(board|recommend|recheck)(?:\s|$)/i.exec(line)?.[1]?.toLowerCase();
}

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const blankLine = pick("", " ", "\t", "   ");
const blockBefore = pick(
  "text before",
  "    indented code",
  "\tindented code",
  "```",
  "~~~",
  "```js\ncode\n```",
  "<details>",
  "</details>",
  "<!-- note -->",
  "<!--",
  "-->",
  "<div>",
  "> quoted",
  ">",
  "- item",
  "1. item",
  "# Title",
  "| a | b |\n|---|---|",
  "[x]: https://example.com",
  "[^1]: a note",
  "---",
  "***",
);
const beforeOnLine = pick(
  "",
  "",
  "",
  " ",
  "  ",
  "   ",
  "    ",
  "\t",
  " \t",
  "\u00A0",
  "> ",
  ">",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "1) ",
  "- [ ] ",
  "# ",
  "###### ",
  "**",
  "_",
  "~~",
  "`",
  "\\",
  "&#47;",
  "<b>",
  "<!-- x -->",
  "| ",
  "[",
  "[^1]: ",
  "    > ",
  "> - ",
);
const command = pick(
  "/board approve",
  "/board decline 9000 USD",
  "/board defer",
  "/BOARD Approve 5_000 USD fine",
  "/recommend approve 12,000",
  "/recommend decline -500",
  "/recheck",
  "/shrug",
  "/boards approve",
);
const afterOnLine = pick("", "", " now", " **bold**", " `code`", "  ", " |", " -->", " <br>", " \\");
const lineAfter = pick(
  "===",
  "---",
  "-",
  "|---|",
  "| --- |",
  "text after",
  "",
  "    code",
  "```",
  "> quote",
  "- item",
  "<!-- c -->",
  "***",
  "# heading",
);
const newline = pick("\n", "\r\n", "\r");

const comment = fc
  .record({
    bom: pick("", "", "\uFEFF"),
    blanks: fc.array(blankLine, { maxLength: 2 }),
    // Often nothing before the command, so both verdicts are common.
    before: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.array(blockBefore, { minLength: 1, maxLength: 2 }) },
    ),
    prefix: fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 2, arbitrary: beforeOnLine }),
    command,
    suffix: afterOnLine,
    after: fc.array(lineAfter, { maxLength: 3 }),
    newline,
  })
  .map(
    (c) =>
      c.bom +
      [...c.blanks, ...c.before, `${c.prefix}${c.command}${c.suffix}`, ...c.after]
        .join("\n")
        .replace(/\n/g, c.newline),
  );

describe("command detection agrees with the Markdown parser's view of the first block", () => {
  it("for generated comments, a command is found exactly when the parser shows one first", () => {
    const verdicts = { command: 0, text: 0 };
    fc.assert(
      fc.property(comment, (body) => {
        const shown = commandShown(body.replace(/^\uFEFF/, ""));
        const parsed = parseCommand(body);
        expect(commandName(parsed)).toBe(shown);
        verdicts[shown ? "command" : "text"]++;
      }),
      { numRuns: 1500 },
    );
    // Both verdicts occur often: the generator is not stuck on one side.
    expect(verdicts.command).toBeGreaterThan(200);
    expect(verdicts.text).toBeGreaterThan(200);
  });

  it("a comment that is only the command line, however its block starts, agrees too", () => {
    fc.assert(
      fc.property(beforeOnLine, command, afterOnLine, (prefix, words, suffix) => {
        const body = `${prefix}${words}${suffix}`;
        expect(commandName(parseCommand(body))).toBe(commandShown(body));
      }),
    );
  });
});
