/**
 * Apply: the only code that writes to GitHub. Each flow turns its plan into a list of writes by diffing against
 * what GitHub already has (so a redelivered event or a second run yields no writes), then `execute` performs them —
 * or, in a dry run, only reports them.
 */
import type { GitHub } from "../github/client.ts";
import type { Identity } from "../model/identity.ts";
import type { Repo } from "../model/repo.ts";
import type { NewComment, Write } from "../model/write.ts";
import { executeCheckRunWrite } from "./check-runs.ts";
import { createOnce, findOwnComment, findOwnIssue, putFileOnce } from "./create-once.ts";

export async function execute(
  github: GitHub,
  repo: Repo,
  writes: readonly Write[],
  self: Identity,
): Promise<void> {
  for (const write of writes) await executeWrite(github, repo, write, self);
}

/**
 * Performs one write and returns what GitHub answered (the created comment, issue, milestone…), or undefined when
 * the write found its target state already reached (a label already removed, a branch or pull request that a
 * concurrent run created first).
 */
export async function executeWrite(
  github: GitHub,
  repo: Repo,
  write: Write,
  self: Identity,
): Promise<unknown> {
  switch (write.kind) {
    case "add-labels":
      return (
        await github.rest.issues.addLabels({ ...repo, issue_number: write.issue, labels: write.labels })
      ).data;
    case "remove-label":
      return github.rest.issues
        .removeLabel({ ...repo, issue_number: write.issue, name: write.label })
        .then((r) => r.data)
        .catch((error) => {
          // Someone removed it between our read and this write: the state we wanted is reached anyway.
          if ((error as { status?: number }).status !== 404) throw error;
          return undefined;
        });
    case "create-comment":
      return createComment(github, repo, write, self);
    case "update-comment":
      return github.rest.issues
        .updateComment({ ...repo, comment_id: write.commentId, body: write.body })
        .then((r) => r.data)
        .catch((error) => {
          // Deleted between our read and this write: post it again, so the item still has its comment.
          if ((error as { status?: number }).status !== 404) throw error;
          return createComment(github, repo, write, self);
        });
    case "delete-comment":
      return github.rest.issues
        .deleteComment({ ...repo, comment_id: write.commentId })
        .then(() => undefined)
        .catch((error) => {
          if ((error as { status?: number }).status !== 404) throw error;
          return undefined;
        });
    case "update-issue":
      return (await github.rest.issues.update({ ...repo, issue_number: write.issue, ...write.patch })).data;
    case "create-issue": {
      const fields = {
        ...repo,
        title: write.title,
        body: write.body,
        ...(write.labels ? { labels: write.labels } : {}),
        ...(write.milestone !== undefined ? { milestone: write.milestone } : {}),
      };
      const assignees = write.assignees ?? [];
      const create = (more: object) =>
        createOnce(
          github,
          async (request) => (await github.rest.issues.create({ ...fields, ...more, request })).data,
          () => findOwnIssue(github, repo, write.title, write.body, self),
        );
      if (assignees.length === 0) return create({});
      return create({ assignees }).catch(async (error) => {
        // Someone who cannot be assigned (not a collaborator) makes GitHub refuse the whole issue: open it
        // without assignees.
        if ((error as { status?: number }).status !== 422) throw error;
        return create({});
      });
    }
    case "set-milestone":
      return (
        await github.rest.issues.update({
          ...repo,
          issue_number: write.issue,
          milestone: write.milestone?.number ?? null,
        })
      ).data;
    case "create-milestone":
      return github.rest.issues
        .createMilestone({
          ...repo,
          title: write.title,
          due_on: write.due_on,
          description: write.description,
        })
        .then((r) => r.data)
        .catch((error) => {
          if (!alreadyExists(error)) throw error;
          return undefined; // a concurrent run created it: the caller reads it back
        });
    case "create-branch":
      return github.rest.git
        .createRef({ ...repo, ref: `refs/heads/${write.branch}`, sha: write.sha })
        .then((r) => r.data)
        .catch((error) => {
          if (!alreadyExists(error)) throw error;
          return undefined;
        });
    case "put-file":
      // A concurrent run may have written the file first: create-once.ts reads it back to tell.
      return putFileOnce(github, repo, write);
    case "create-check-run":
      return executeCheckRunWrite(github, repo, write);
    case "create-pull":
      return github.rest.pulls
        .create({ ...repo, title: write.title, head: write.head, base: write.base, body: write.body })
        .then((r) => r.data)
        .catch((error) => {
          if (!alreadyExists(error)) throw error;
          return undefined;
        });
  }
}

/** A comment, created once even when GitHub's answer is lost (see create-once.ts). */
function createComment(github: GitHub, repo: Repo, comment: NewComment, self: Identity): Promise<unknown> {
  const { issue, body } = comment;
  return createOnce(
    github,
    async (request) =>
      (await github.rest.issues.createComment({ ...repo, issue_number: issue, body, request })).data,
    () => findOwnComment(github, repo, comment, self),
  );
}

/** GitHub's 422 for "already exists" (a milestone title, a branch, a pull request for the same branch). */
export function alreadyExists(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  if (e.status !== 422) return false;
  const text = `${e.message ?? ""} ${JSON.stringify(e.response?.data ?? "")}`;
  return /already_exists|already exists/i.test(text);
}
