/**
 * What the offline GitHub knows before the handlers run: the local repository's files on the default branch, the
 * pull request's files at its head, the event's issue or pull request (its labels, milestone and comment, exactly
 * as the payload carries them) and the team memberships given on the command line. Nothing else exists.
 */

import { gitSha } from "../fake-github/git.ts";
import type { InMemoryGitHub } from "../fake-github/github.ts";
import type { FakeIssue, FakePull, FileContent, PullFile } from "../fake-github/types.ts";
import type { Payload } from "../model/event.ts";

interface PayloadItem {
  number: number;
  url?: string;
  state?: string;
  labels?: ({ name: string } | string)[];
  milestone?: ({ number: number; title: string } & Record<string, unknown>) | null;
  user?: { login: string; type?: string };
  head?: { sha?: string; ref?: string; label?: string };
  base?: { sha?: string; ref?: string };
}

export interface Seed {
  payload: Payload;
  /** The default branch's files, and the files a pull request adds or changes. */
  base: Map<string, FileContent>;
  overlay: Map<string, FileContent>;
  teams: ReadonlyMap<string, ReadonlySet<string>>;
}

export function seed(github: InMemoryGitHub, { payload, base, overlay, teams }: Seed): void {
  github.defaultBranch = payload.repository?.default_branch ?? "main";
  github.repository = { ...(payload.repository ?? {}) };
  github.files = base;
  for (const [team, members] of teams) github.teams.set(team, new Set(members));
  const pull = payload.pull_request as PayloadItem | undefined;
  github.pinDefaultHead(pull?.base?.sha ?? gitSha("commit", "base"));
  const item = (payload.issue ?? pull) as PayloadItem | undefined;
  if (!item || typeof item.number !== "number") return;
  const labels = (item.labels ?? []).map((l) => (typeof l === "string" ? { name: l } : l));
  const issue = {
    state: "open",
    milestone: null,
    assignees: [],
    ...item,
    labels,
    // A pull request read through the issues API carries a `pull_request` link object, as on GitHub.
    ...(payload.issue ? {} : { pull_request: { url: item.url ?? "" } }),
  } as unknown as FakeIssue;
  github.issues.set(item.number, issue);
  for (const label of labels) github.labels.add(label.name);
  if (item.milestone) github.milestones.push({ state: "open", ...item.milestone } as never);
  const comment = payload.comment as { id?: number } | undefined;
  if (comment && typeof comment.id === "number") {
    github.comments.push({ ...comment, issue: item.number } as never);
    github.reserveId(comment.id);
  }
  if (pull && !payload.issue) seedPull(github, pull, base, overlay);
}

/** The pull request, its head commit (the default branch plus the overlay) and its head branch. */
function seedPull(
  github: InMemoryGitHub,
  pull: PayloadItem,
  base: Map<string, FileContent>,
  overlay: Map<string, FileContent>,
): void {
  const headSha = pull.head?.sha ?? gitSha("commit", "head");
  github.commits.set(headSha, new Map([...base, ...overlay]));
  if (pull.head?.ref && pull.head.ref !== github.defaultBranch) github.branches.set(pull.head.ref, headSha);
  const files: PullFile[] = [...overlay.keys()].map((filename) => ({
    filename,
    status: base.has(filename) ? "modified" : "added",
  }));
  const record = {
    ...pull,
    head: { ...pull.head, sha: headSha, ref: pull.head?.ref ?? "" },
    base: {
      ...pull.base,
      sha: github.branchSha(github.defaultBranch),
      ref: pull.base?.ref ?? github.defaultBranch,
    },
    files,
  } as unknown as FakePull;
  github.pulls.set(pull.number, record);
}
