/** An issue's comments, in one request for the usual case (100 per page), paginated beyond that. */
import type { CommentLike } from "../apply/sticky.ts";
import type { Repo } from "../apply/writes.ts";
import type { GitHub } from "../github/client.ts";

export async function gatherComments(github: GitHub, repo: Repo, issue: number): Promise<CommentLike[]> {
  return github.paginate(github.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
}
