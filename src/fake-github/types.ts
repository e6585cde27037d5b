/**
 * What the in-memory GitHub keeps: the records behind its answers. Field names are GitHub's, so a record is
 * answered as it is stored; a record seeded from a webhook payload keeps the payload's other fields too.
 */

export interface Actor {
  login: string;
  type: string;
}

/** A file's content: text, or bytes when it is not UTF-8 (a local repository may hold anything). */
export type FileContent = string | Uint8Array;

export interface FakeLabel {
  name: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string | null;
  labels: FakeLabel[];
  user: Actor;
  milestone: { number: number; title: string } | null;
  assignees: { login: string }[];
  /** Present on a pull request, which is also an issue. */
  pull_request?: object;
  created_at: string;
  updated_at: string;
}

export interface FakeComment {
  id: number;
  /** The issue or pull request it is on; -1 once deleted (numbers are never reused). */
  issue: number;
  body: string;
  user: Actor;
  created_at: string;
  updated_at: string;
}

export interface FakeMilestone {
  number: number;
  title: string;
  due_on: string | null;
  state: "open" | "closed";
  description: string | null;
}

export interface PullFile {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  previous_filename?: string;
}

/** A pull request: its head and base revisions (commits in the state) and the files it changes. */
export interface FakePull {
  number: number;
  user: Actor;
  head: { sha: string; ref: string; label?: string };
  base: { sha: string; ref: string };
  files: PullFile[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  annotations: Record<string, unknown>[];
  app: { slug: string };
}

/**
 * One edit of an issue's text (GitHub's UserContentEdit): who and when. The REST timeline does not list these;
 * GraphQL's `userContentEdits` does (graphql-issue.ts).
 */
export interface FakeBodyEdit {
  issue: number;
  editedAt: string;
  editor: Actor;
}

export interface FakeLabelEvent {
  issue: number;
  label: string;
  actor: Actor;
  created_at: string;
}

/** One REST or GraphQL request, as it reached GitHub: the path as sent (still percent-encoded). */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  /** Where the API is served, for the `Link` header of a paginated list. */
  baseUrl: string;
}

/**
 * GitHub's answer, and which kind of resource answered it (`undefined`: no such endpoint here), so a caller can
 * say where an answer came from.
 */
export interface ApiAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  resource?: Resource;
}

export type Resource = "app" | "teams" | "repository" | "git" | "graphql" | "items" | "checks";
