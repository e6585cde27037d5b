/**
 * The one comment wgbot keeps per item, found again by the hidden marker on its first line (model/markers.ts) among
 * the comments wgbot's own account wrote. Anyone else's comment with that marker — a person's, another app's — is
 * not wgbot's: never edited, never deleted.
 */
import type { CommentLike } from "../model/comment.ts";
import { markerName, type Self, writtenBy } from "../model/markers.ts";
import type { Write } from "../model/write.ts";

/** wgbot's own comment with this marker, if any. */
export function findSticky<T extends CommentLike>(
  comments: readonly T[],
  name: string,
  self: Self,
): T | undefined {
  return stickiesIn(comments, name, self)[0];
}

/** Every comment of wgbot's own with the marker, oldest (lowest id) first: more than one only after a race. */
export function stickiesIn<T extends CommentLike>(comments: readonly T[], name: string, self: Self): T[] {
  const ours = writtenBy(self);
  return comments.filter((c) => ours(c) && markerName(c.body) === name).sort((a, b) => a.id - b.id);
}

/**
 * Two runs racing on one item (two deliveries at once, an edit while the first event is still handled) can each find
 * no sticky comment and each create one: finding then creating is not atomic. So after creating one, the comments
 * are listed again and every one of wgbot's own with that marker but the first (lowest id) is deleted — only its
 * own: a comment anyone else wrote is never deleted, whatever it starts with. Each racing run does the same, so
 * exactly one is left whichever order they ran in.
 */
export function duplicateStickyDeletes(
  created: Extract<Write, { kind: "create-comment" }>,
  comments: readonly CommentLike[],
  self: Self,
): Write[] {
  const name = markerName(created.body);
  if (name === undefined) return [];
  return stickiesIn(comments, name, self)
    .slice(1)
    .map((duplicate) => ({ kind: "delete-comment", issue: created.issue, commentId: duplicate.id }));
}
