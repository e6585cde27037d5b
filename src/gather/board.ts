/** What board review reads from GitHub: milestones, the items on a meeting, one item, labelled items. */

import type { BoardItem } from "../decide/board-item.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";

export interface MilestoneLike {
  number: number;
  title: string;
  state?: string;
  due_on?: string | null;
}

/** An issue or pull request as the issues API returns it, kept to the fields wgbot reads. */
export interface IssueData {
  number: number;
  title: string;
  body?: string | null;
  state?: string;
  user: { login: string; type?: string } | null;
  labels?: (string | { name?: string })[];
  milestone?: { number: number; title: string } | null;
  pull_request?: unknown;
  created_at?: string;
  html_url?: string;
}

/** Every milestone, open or closed: a board milestone is reused even after someone closed it. */
export async function gatherMilestones(github: GitHub, repo: Repo): Promise<MilestoneLike[]> {
  return github.paginate(github.rest.issues.listMilestones, { ...repo, state: "all", per_page: 100 });
}

/** The issues and pull requests on a milestone, open and closed. */
export async function gatherMilestoneIssues(
  github: GitHub,
  repo: Repo,
  milestone: number,
): Promise<IssueData[]> {
  return github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    milestone: String(milestone),
    state: "all",
    per_page: 100,
  }) as Promise<IssueData[]>;
}

/** Open issues and pull requests carrying a label. */
export async function gatherOpenLabelled(github: GitHub, repo: Repo, label: string): Promise<IssueData[]> {
  return github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: "open",
    per_page: 100,
  }) as Promise<IssueData[]>;
}

/** One issue (or pull request) as it is now: a payload may be older than the state an earlier run left. */
export async function gatherIssue(github: GitHub, repo: Repo, number: number): Promise<IssueData> {
  return (await github.rest.issues.get({ ...repo, issue_number: number })).data as IssueData;
}

export function boardItemOf(issue: IssueData): BoardItem {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    author: issue.user?.login ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    labels: (issue.labels ?? [])
      .map((l) => (typeof l === "string" ? l : (l.name ?? "")))
      .filter((l) => l !== ""),
    isPull: issue.pull_request !== undefined && issue.pull_request !== null,
    createdAt: issue.created_at ?? "",
    ...(issue.milestone ? { milestone: issue.milestone.title } : {}),
    ...(issue.html_url ? { url: issue.html_url } : {}),
  };
}
