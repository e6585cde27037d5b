/**
 * Neutralises user text before it is echoed into a comment or check run: no Markdown formatting, HTML (so no forged
 * hidden markers), @mentions (a crafted field must not ping a team) or live links (a form answer must not become a
 * link wgbot seems to vouch for), and invisible characters written out (`<U+200B>`) so what is shown is what is there.
 */
import { visible } from "../util/invisible.ts";

// Characters that can start formatting inside a line (table cells and list items never start a line here).
const MARKDOWN_SPECIALS = /[\\`*_{}[\]<>|~]/g;

/**
 * A word GitHub would turn into a link: a URL with a scheme (`https://`, `ftp://`, `mailto:`, `xmpp:`), a `www.`
 * address or an email address (GFM's extended autolinks), in any case. Such a word is shown as code instead.
 */
const LINKY = /[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|xmpp):|[\w.+-]@[\w-]+\.[\w-]/i;

/** Escapes text for inline Markdown: shown literally, pings nobody, links nowhere, cannot close our formatting. */
export function escapeMarkdown(text: string): string {
  // A lone CR ends a line in Markdown too. Words are split on ASCII spaces only, as GFM ends an autolink there.
  const words = text.replace(/[\r\n]+/g, " ").split(/( +)/);
  return words.map((word) => (LINKY.test(word) ? linkFree(word) : escapeWord(word))).join("");
}

function escapeWord(word: string): string {
  return neutraliseMentions(
    visible(word)
      .replace(/&/g, "&amp;")
      .replace(MARKDOWN_SPECIALS, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`)),
  );
}

/**
 * A word that would autolink, as code. A table cell ends at `|` even inside code, so pipes stay outside the code
 * spans, escaped; so does `<`, so that no `<!--` is in the raw text (and an autolink ends there anyway).
 */
function linkFree(word: string): string {
  return word
    .split(/([|<])/)
    .map((part) => (part === "|" ? "\\|" : part === "<" ? "&lt;" : part === "" ? "" : codeSpan(part)))
    .join("");
}

/** Inserts a zero-width joiner after `@` so GitHub does not turn `@org/team` or `@user` into a mention. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200d");
}

/** Text for inside `code`: only a backtick could break out, so those are replaced. */
export function inlineCode(text: string): string {
  return `\`${plainText(text)
    .replace(/`/g, "ˋ")
    .replace(/[\r\n]+/g, " ")}\``;
}

/**
 * Exact text as a code span, on one line: the fence is one backtick longer than any run of backticks inside, so
 * nothing in the text can end it (CommonMark), and a space pads a text that starts or ends with a backtick.
 */
export function codeSpan(text: string): string {
  const shown = noComment(plainText(text.replace(/[\r\n]+/g, " ")));
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one (and the text is not all spaces).
  const pad = /^`|`$/.test(shown) || /^ [\s\S]*[^ ][\s\S]* $/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * Code shows `<` as typed, but an HTML comment opener is kept out of wgbot's bodies altogether: wgbot's own hidden
 * markers must be the only ones in the raw text. Shown as the entity, literally, in the rare case it is typed.
 */
function noComment(code: string): string {
  return code.replace(/<!--/g, "&lt;!--");
}

/** User text with invisible and bidi characters written out, so it displays as what it is. */
export function plainText(text: string): string {
  return visible(text);
}

/**
 * One of wgbot's messages, which may quote people's words (quoted values are code spans, see util/text.ts
 * `quoted`): invisible characters written out, and outside its code spans no HTML (such as a forged hidden
 * marker), no mention that pings and no text GitHub would link. Its own Markdown (bold, code) is kept.
 */
export function escapeMessage(markdown: string): string {
  return (
    splitCode(visible(markdown))
      // Mentions are neutralised inside code spans too, as they always were here: a message's code is its quote of
      // someone's words, and a summary may be shown where code is not Markdown (a notification, an email).
      .map(({ code, text }) => (code ? neutraliseMentions(noComment(text)) : messageText(text)))
      .join("")
  );
}

function messageText(text: string): string {
  return text
    .split(/( +)/)
    .map((word) =>
      LINKY.test(word)
        ? linkFree(word)
        : neutraliseMentions(word.replace(/</g, "&lt;").replace(/>/g, "&gt;")),
    )
    .join("");
}

/**
 * Markdown cut into code spans and the text between them, as CommonMark reads it: a run of backticks opens a span
 * that the next run of the same length closes; a run never closed is text. (Backslash escapes are not read: wgbot's
 * messages do not escape backticks.)
 */
export function splitCode(markdown: string): { code: boolean; text: string }[] {
  const runs = [...markdown.matchAll(/`+/g)].map((m) => ({ at: m.index ?? 0, length: m[0].length }));
  // For each run, the next run of the same length: one pass from the end, so the whole split is linear.
  const next = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as { at: number; length: number };
    next[i] = lastOfLength.get(run.length) ?? -1;
    lastOfLength.set(run.length, i);
  }
  const parts: { code: boolean; text: string }[] = [];
  let textFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = next[i] as number;
    if (close < 0) continue; // never closed: the run is text
    const open = runs[i] as { at: number; length: number };
    const end = (runs[close] as { at: number; length: number }).at + open.length;
    if (open.at > textFrom) parts.push({ code: false, text: markdown.slice(textFrom, open.at) });
    parts.push({ code: true, text: markdown.slice(open.at, end) });
    textFrom = end;
    i = close;
  }
  if (textFrom < markdown.length) parts.push({ code: false, text: markdown.slice(textFrom) });
  return parts;
}
