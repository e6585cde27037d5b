/**
 * Apply: the only code that writes to GitHub. Each flow turns its plan into a list of writes by diffing against
 * what GitHub already has (so a redelivered event or a second run yields no writes), then `execute` performs them —
 * or, in a dry run, only reports them.
 */
import { gatherComments } from "../gather/comments.ts";
import type { GitHub } from "../github/client.ts";
import { isSelf, type Self } from "../markers.ts";
import { type CheckRunWrite, describeCheckRunWrite, executeCheckRunWrite } from "./check-runs.ts";
import { createOnce, sameText } from "./once.ts";

export type Write =
  | { kind: "add-labels"; issue: number; labels: string[] }
  | { kind: "remove-label"; issue: number; label: string }
  | { kind: "create-comment"; issue: number; body: string }
  | { kind: "update-comment"; issue: number; commentId: number; body: string }
  | {
      kind: "update-issue";
      issue: number;
      patch: {
        state?: "open" | "closed";
        state_reason?: "completed" | "not_planned";
        milestone?: number | null;
        title?: string;
        body?: string;
      };
    }
  | { kind: "delete-comment"; issue: number; commentId: number }
  | {
      kind: "create-issue";
      title: string;
      body: string;
      labels?: string[];
      assignees?: string[];
      milestone?: number;
    }
  /** Puts an issue on a milestone (or takes it off with null); `title` is for logs and dry runs. */
  | { kind: "set-milestone"; issue: number; milestone: { number: number; title: string } | null }
  | { kind: "create-milestone"; title: string; due_on: string; description: string }
  | { kind: "create-branch"; branch: string; sha: string }
  | { kind: "put-file"; branch: string; path: string; content: string; message: string; sha?: string }
  | { kind: "create-pull"; title: string; head: string; base: string; body: string }
  /** A completed check run on a pull request's head (see check-runs.ts). */
  | CheckRunWrite;

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * wgbot's own account, asked for only when needed: when GitHub's answer to a create was lost, what wgbot meant to
 * create is looked for among what this account wrote, never among another's.
 */
export type SelfOf = () => Promise<Self>;

export async function execute(
  github: GitHub,
  repo: Repo,
  writes: readonly Write[],
  self: SelfOf,
): Promise<void> {
  for (const write of writes) await executeWrite(github, repo, write, self);
}

/**
 * Performs one write and returns what GitHub answered (the created comment, issue, milestone…), or undefined when
 * the write found its target state already reached (a label already removed, a branch or pull request that a
 * concurrent run created first).
 */
export async function executeWrite(github: GitHub, repo: Repo, write: Write, self: SelfOf): Promise<unknown> {
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
      return createComment(github, repo, write.issue, write.body, self);
    case "update-comment":
      return github.rest.issues
        .updateComment({ ...repo, comment_id: write.commentId, body: write.body })
        .then((r) => r.data)
        .catch((error) => {
          // Deleted between our read and this write: post it again, so the item still has its comment.
          if ((error as { status?: number }).status !== 404) throw error;
          return createComment(github, repo, write.issue, write.body, self);
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
          () => findIssue(github, repo, write.title, write.body, self),
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
      return (
        await github.rest.repos.createOrUpdateFileContents({
          ...repo,
          path: write.path,
          branch: write.branch,
          message: write.message,
          content: Buffer.from(write.content, "utf8").toString("base64"),
          ...(write.sha ? { sha: write.sha } : {}),
        })
      ).data;
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

/** A comment, created once even when GitHub's answer is lost (see once.ts). */
function createComment(
  github: GitHub,
  repo: Repo,
  issue: number,
  body: string,
  self: SelfOf,
): Promise<unknown> {
  return createOnce(
    github,
    async (request) =>
      (await github.rest.issues.createComment({ ...repo, issue_number: issue, body, request })).data,
    async () => {
      const me = await self();
      return (await gatherComments(github, repo, issue)).find(
        (c) => isSelf(me, c.user) && sameText(c.body, body),
      );
    },
  );
}

/** An issue wgbot opened with this title and body, among the newest of the repository. */
async function findIssue(
  github: GitHub,
  repo: Repo,
  title: string,
  body: string,
  self: SelfOf,
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

/** GitHub's 422 for "already exists" (a milestone title, a branch, a pull request for the same branch). */
export function alreadyExists(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  if (e.status !== 422) return false;
  const text = `${e.message ?? ""} ${JSON.stringify(e.response?.data ?? "")}`;
  return /already_exists|already exists/i.test(text);
}

/** One line per write, for dry runs and logs. */
export function describeWrite(write: Write): string {
  switch (write.kind) {
    case "add-labels":
      return `#${write.issue}: add labels ${write.labels.join(", ")}`;
    case "remove-label":
      return `#${write.issue}: remove label ${write.label}`;
    case "create-comment":
      return `#${write.issue}: comment\n${indent(write.body)}`;
    case "update-comment":
      return `#${write.issue}: update comment ${write.commentId}\n${indent(write.body)}`;
    case "update-issue":
      return `#${write.issue}: update ${JSON.stringify({ ...write.patch, ...(write.patch.body === undefined ? {} : { body: "…" }) })}${write.patch.body === undefined ? "" : `\n${indent(write.patch.body)}`}`;
    case "delete-comment":
      return `#${write.issue}: delete comment ${write.commentId}`;
    case "create-issue":
      return `new issue "${write.title}"${write.milestone === undefined ? "" : ` on milestone ${write.milestone}`}${write.labels?.length ? ` [${write.labels.join(", ")}]` : ""}${write.assignees?.length ? ` assigned to ${write.assignees.join(", ")}` : ""}\n${indent(write.body)}`;
    case "set-milestone":
      return `#${write.issue}: ${write.milestone ? `milestone "${write.milestone.title}"` : "no milestone"}`;
    case "create-milestone":
      return `new milestone "${write.title}" due ${write.due_on.slice(0, 10)}`;
    case "create-branch":
      return `new branch ${write.branch} at ${write.sha.slice(0, 7)}`;
    case "put-file":
      return `${write.branch}: ${write.sha ? "update" : "add"} ${write.path}\n${indent(write.content)}`;
    case "create-check-run":
      return describeCheckRunWrite(write);
    case "create-pull":
      return `new pull request "${write.title}" ${write.head} → ${write.base}\n${indent(write.body)}`;
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
