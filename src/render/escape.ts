/**
 * Neutralises user text before it is echoed into a comment: no Markdown formatting, links or HTML (so no forged
 * hidden markers), and no @mentions (a crafted field must not ping a team).
 */

// Characters that can start formatting inside a line (table cells and list items never start a line here).
const MARKDOWN_SPECIALS = /[\\`*_{}[\]<>|~]/g;

/** Escapes text for inline Markdown: shown literally, pings nobody, cannot close our formatting. */
export function escapeMarkdown(text: string): string {
  return neutraliseMentions(
    text
      .replace(/\r?\n+/g, " ")
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
  return `\`${text.replace(/`/g, "ˋ").replace(/\r?\n+/g, " ")}\``;
}
