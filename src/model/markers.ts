/**
 * wgbot's hidden markers, and who may write them. Every comment and issue wgbot keeps starts with a marker on its
 * first line (`<!-- wgbot:request-report -->`, `<!-- wgbot:agenda 2027-01-13 -->`); data it must read back is
 * embedded the same way (`<!-- wgbot:decision {…} -->`). This module is the only place that spells the format.
 *
 * A marker alone proves nothing: anyone can type one, another app can post one. A comment or issue is wgbot's only
 * when its author is wgbot's own account, learned at run time (the App's bot, or the Action token's user), so every
 * "is this ours?" question is `writtenBy(self)`, never "is it a bot".
 */

/** What a marker starts with: user text quoting it is neutralised by the renderer (render/escape.ts). */
export const MARKER_START = "<!-- wgbot:";
const MARKER_END = " -->";

/** A marker's name (with any data): one line, and nothing that could end the HTML comment early. */
const NAME = /^[^\s<>][^<>\n\r]*$/;
const LEADING = /^<!-- wgbot:([^\s<>][^<>\n\r]*?) -->/;
const ANYWHERE = /<!-- wgbot:([^\s<>][^<>\n\r]*?) -->/g;

/** wgbot's own account: `<app slug>[bot]` for the App, the token's user in the Action. */
export interface Self {
  readonly login: string;
}

export interface Author {
  readonly login?: string;
}

/**
 * `<!-- wgbot:NAME -->`. Names are made by wgbot (a marker kind and ids, logins, dates), never by people; one that
 * could break out of the comment is a bug, so it throws rather than writing something unreadable.
 */
export function marker(name: string): string {
  if (!NAME.test(name)) throw new Error(`wgbot: ${JSON.stringify(name)} cannot be a marker name.`);
  return `${MARKER_START}${name}${MARKER_END}`;
}

/** The name of the marker a body starts with, or undefined when its first line does not start with one. */
export function markerName(body: string | null | undefined): string | undefined {
  return LEADING.exec(body ?? "")?.[1];
}

/** The names of every marker in a body, in order (the leading one and any embedded data blocks). */
export function markersIn(body: string | null | undefined): string[] {
  return [...(body ?? "").matchAll(ANYWHERE)].map((m) => m[1] as string);
}

/** Whether this account is wgbot's own. Exact: a look-alike login or "some bot" is someone else. */
export function isSelf(self: Self, user: Author | null | undefined): boolean {
  return typeof user?.login === "string" && user.login === self.login;
}

/** The ownership predicate: a comment or issue counts as wgbot's only when wgbot's own account wrote it. */
export function writtenBy(self: Self): (item: { readonly user?: Author | null }) => boolean {
  return (item) => isSelf(self, item.user);
}
