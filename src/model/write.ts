/**
 * A write: one change wgbot makes on GitHub, as plain data. decide plans them, apply diffs and performs them, and
 * dry runs and logs describe them (describe-write.ts).
 */

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line equals end_line, as the API requires. */
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunResult {
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  /** Markdown; ends with a hidden digest of the annotations, so equal summaries mean equal results. */
  summary: string;
  annotations: Annotation[];
}

export type CheckRunWrite = { kind: "create-check-run" } & CheckRunResult;

/** What the check-runs list says about the latest run of a name on a SHA. */
export interface ExistingCheckRun {
  id: number;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; annotations_count: number };
}

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
  /** A completed check run on a pull request's head (see apply/check-runs.ts). */
  | CheckRunWrite;

/** A comment to create: what a create-comment write posts, and what the lookup after a lost answer looks for. */
export type NewComment = Pick<Extract<Write, { kind: "create-comment" }>, "issue" | "body">;
