/**
 * Replies to commands. Each command comment gets at most one reply, found again by a marker that names the
 * comment it answers, so a redelivered event never replies twice.
 */

import { stickyWrites } from "../apply/sticky.ts";
import type { CommentLike } from "../model/comment.ts";
import type { Self } from "../model/markers.ts";
import type { Write } from "../model/write.ts";

export function replyWrites(
  issue: number,
  comments: readonly CommentLike[],
  commandId: number,
  text: string,
  self: Self,
): Write[] {
  return stickyWrites(issue, comments, `reply:${commandId}`, text, self);
}
