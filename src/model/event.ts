/** The webhook payload fields the core reads. Payloads are untrusted: everything optional is treated as such. */

export interface User {
  login: string;
  type?: string;
}

export interface IssueLike {
  number: number;
  title: string;
  body?: string | null;
  state?: string;
  user: User | null;
  labels?: ({ name: string } | string)[];
  milestone?: { number: number; title: string } | null;
  pull_request?: unknown;
  created_at?: string;
}

export interface RepositoryRef {
  name: string;
  owner: { login: string };
  default_branch?: string;
}

export interface Payload {
  action?: string;
  sender?: User;
  repository?: RepositoryRef;
  installation?: { id: number };
  issue?: IssueLike;
  comment?: { id: number; body?: string | null; user: User | null; created_at?: string };
  label?: { name: string };
  [key: string]: unknown;
}

export interface WebhookEvent {
  /** `issues`, `issue_comment`, `pull_request`, `schedule`… */
  name: string;
  payload: Payload;
}

export function labelNames(issue: Pick<IssueLike, "labels">): string[] {
  return (issue.labels ?? []).map((l) => (typeof l === "string" ? l : l.name));
}

/** Bots (including this one) never trigger a flow: it stops loops and lets other bots work undisturbed. */
export function isBot(user: User | null | undefined): boolean {
  return !user || user.type === "Bot" || user.login.endsWith("[bot]");
}
