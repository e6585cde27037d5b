/** An issue's comments, in one request for the usual case (100 per page), paginated beyond that. */

import type { GitHub } from "../github/client.ts";
import type { CommentLike } from "../model/comment.ts";
import type { Repo } from "../model/repo.ts";

/**
 * `count` is the issue's comment count from a read just made (the issue's `comments` field): a new request has
 * none, and its list is not read. Should a comment appear in between, the sticky comment's settling step (which
 * re-lists after creating) still keeps only one.
 */
export async function gatherComments(
  github: GitHub,
  repo: Repo,
  issue: number,
  count?: unknown,
): Promise<CommentLike[]> {
  if (count === 0) return [];
  return github.paginate(github.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
}
