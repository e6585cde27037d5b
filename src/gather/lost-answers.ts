/**
 * The reads that follow a create whose answer may have been lost (apply/create-once.ts): did GitHub act anyway?
 * Each looks for exactly what wgbot meant to create, among what wgbot's own account wrote. These are the only reads
 * apply makes, and only through create-once.ts: before sending a create again, and after a file put GitHub refused
 * because the file was already there.
 */
import type { GitHub } from "../github/client.ts";
import { sameText } from "../model/comment.ts";
import type { Identity } from "../model/identity.ts";
import { isSelf } from "../model/markers.ts";
import type { Repo } from "../model/repo.ts";
import type { CheckRunWrite, NewComment } from "../model/write.ts";
import { gatherComments } from "./comments.ts";
import { readRepoFileWithSha } from "./files.ts";

/** wgbot's comment with this body on the issue, if GitHub made it. */
export async function findOwnComment(
  github: GitHub,
  repo: Repo,
  { issue, body }: NewComment,
  self: Identity,
): Promise<unknown> {
  const me = await self();
  return (await gatherComments(github, repo, issue)).find(
    (c) => isSelf(me, c.user) && sameText(c.body, body),
  );
}

/** An issue wgbot opened with this title and body, among the newest of the repository. */
export async function findOwnIssue(
  github: GitHub,
  repo: Repo,
  title: string,
  body: string,
  self: Identity,
): Promise<unknown> {
  const me = await self();
  const { data } = await github.rest.issues.listForRepo({
    ...repo,
    state: "all",
    sort: "created",
    direction: "desc",
    per_page: 30,
  });
  return data.find(
    (i) => !i.pull_request && isSelf(me, i.user) && i.title === title && sameText(i.body, body),
  );
}

/** A completed check run on the head with this name, conclusion, title and summary. */
export async function findSameCheckRun(github: GitHub, repo: Repo, write: CheckRunWrite) {
  const { data: list } = await github.rest.checks.listForRef({
    ...repo,
    ref: write.headSha,
    check_name: write.name,
  });
  return list.check_runs.find(
    (r) =>
      r.status === "completed" &&
      r.conclusion === write.conclusion &&
      r.output.title === write.title &&
      sameText(r.output.summary, write.summary),
  );
}

/** The check run, when it already carries at least `expected` annotations. */
export async function checkRunWithAnnotations(github: GitHub, repo: Repo, id: number, expected: number) {
  const { data: run } = await github.rest.checks.get({ ...repo, check_run_id: id });
  return run.output.annotations_count >= expected ? run : undefined;
}

/** The file on the branch, when a concurrent run already wrote it with this content (GitHub then asks for its sha). */
export async function findSameFile(
  github: GitHub,
  repo: Repo,
  file: { branch: string; path: string; content: string },
): Promise<unknown> {
  const now = await readRepoFileWithSha(github, repo, file.path, file.branch);
  return now?.content === file.content ? now : undefined;
}
