/**
 * Neutralises user text before it is echoed into a comment: no Markdown formatting, links or HTML (so no forged
 * hidden markers), and no @mentions (a crafted field must not ping a team).
 */

// Characters that can start formatting inside a line (table cells and list items never start a line here).
const MARKDOWN_SPECIALS = /[\\`*_{}[\]<>|~]/g;
// Bidirectional overrides and isolates make text display in another order than it is written (and can reorder
// wgbot's own text after it): they are dropped. Half a surrogate pair is not text: it becomes U+FFFD.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for inline Markdown: shown literally, pings nobody, cannot close our formatting. */
export function escapeMarkdown(text: string): string {
  return neutraliseMentions(
    plainText(text)
      // A lone CR ends a line in Markdown too.
      .replace(/[\r\n]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(MARKDOWN_SPECIALS, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`)),
  );
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

/** User text without bidi controls or broken surrogates, so it displays as what it is. */
export function plainText(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
}
