/**
 * The one comment wgbot keeps per item, found again by the hidden marker on its first line (markers.ts) among the
 * comments wgbot's own account wrote. Anyone else's comment with that marker — a person's, another app's — is not
 * wgbot's: never edited, never deleted.
 */

import { gatherComments } from "../gather/comments.ts";
import type { GitHub } from "../github/client.ts";
import { marker, markerName, type Self, writtenBy } from "../markers.ts";
import { sameText } from "./once.ts";
import { executeWrite, type Repo, type SelfOf, type Write } from "./writes.ts";

export interface CommentLike {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
}

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

/**
 * Two runs racing on one item (two deliveries at once, an edit while the first event is still handled) can each find
 * no sticky comment and each create one: finding then creating is not atomic. So after creating one, list the
 * comments again, keep the first (lowest id) of wgbot's own comments with that marker and delete every later one of
 * them — only its own: a comment anyone else wrote is never deleted, whatever it starts with. Each racing run
 * does the same, so exactly one is left whichever order they ran in; a duplicate another run deleted first is already
 * gone (a 404 counts as done). Returns the deletes it made. Costs one read, and only when a comment was created.
 */
export async function settleStickies(
  github: GitHub,
  repo: Repo,
  writes: readonly Write[],
  self: SelfOf,
  run: (write: Write) => Promise<unknown> = (write) => executeWrite(github, repo, write, self),
): Promise<Write[]> {
  const deletes: Write[] = [];
  for (const write of writes) {
    if (write.kind !== "create-comment") continue;
    const name = markerName(write.body);
    if (name === undefined) continue;
    const same = stickiesIn(await gatherComments(github, repo, write.issue), name, await self());
    for (const duplicate of same.slice(1)) {
      const remove: Write = { kind: "delete-comment", issue: write.issue, commentId: duplicate.id };
      await run(remove);
      deletes.push(remove);
    }
  }
  return deletes;
}
