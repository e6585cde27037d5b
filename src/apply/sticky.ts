/**
 * The diff for the one comment wgbot keeps per item (decide/sticky-comments.ts finds it): create it, edit it when
 * its text changed, or nothing. Bodies are cut to what GitHub accepts before the diff.
 */

import { findSticky } from "../decide/sticky-comments.ts";
import { type CommentLike, sameText } from "../model/comment.ts";
import { marker, type Self } from "../model/markers.ts";
import type { Write } from "../model/write.ts";

/**
 * GitHub refuses a comment, or an issue body, longer than this many characters (422), so a longer one would never
 * be posted.
 */
export const MAX_COMMENT_LENGTH = 65_536;

/**
 * The comment's (or issue's) body, cut to what GitHub accepts. Decided before the diff, so that a long body is
 * compared with what was really posted and a second run writes nothing.
 */
export function fitComment(body: string, what: "comment" | "issue" = "comment"): string {
  if (body.length <= MAX_COMMENT_LENGTH) return body;
  const note = `\n\n…\n\n<sub>wgbot cut this ${what} short: it was longer than GitHub allows.</sub>\n`;
  const cut = body.slice(0, MAX_COMMENT_LENGTH - note.length);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}${note}`;
}

export function stickyWrites(
  issue: number,
  comments: readonly CommentLike[],
  name: string,
  text: string,
  self: Self,
): Write[] {
  const body = fitComment(`${marker(name)}\n${text}`);
  const existing = findSticky(comments, name, self);
  if (!existing) return [{ kind: "create-comment", issue, body }];
  if (sameText(existing.body, body)) return [];
  return [{ kind: "update-comment", issue, commentId: existing.id, body }];
}
