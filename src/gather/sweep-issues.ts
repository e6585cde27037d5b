/**
 * The issues the sweep reads: every open issue in one paginated list (tracking issues and grant requests are
 * told apart locally, by marker and label, rather than by one list per label), the issues closed since a date
 * (so a tracking issue closed recently is not opened again), and the timelines of the few grant requests a rule
 * could apply to.
 */

import type { SweepIssue, TimelineEvent } from "../decide/sweep-model.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  user: { login: string; type?: string } | null;
  created_at: string;
  updated_at: string;
  pull_request?: unknown;
}

function toSweepIssue(raw: RawIssue): SweepIssue {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    labels: raw.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
    author: raw.user ? { login: raw.user.login, type: raw.user.type } : null,
    created_at: raw.created_at,
    updated_at: raw.updated_at,
  };
}

export async function gatherSweepIssues(
  github: GitHub,
  repo: Repo,
  { closedSince }: { closedSince: string },
): Promise<SweepIssue[]> {
  const list = (state: "open" | "closed", since?: string) =>
    github.paginate(github.rest.issues.listForRepo, {
      ...repo,
      state,
      per_page: 100,
      ...(since ? { since: `${since}T00:00:00Z` } : {}),
    }) as Promise<RawIssue[]>;
  const [open, closed] = await Promise.all([list("open"), list("closed", closedSince)]);
  return [...open, ...closed].filter((i) => !i.pull_request).map(toSweepIssue);
}

export async function gatherTimelines(
  github: GitHub,
  repo: Repo,
  issues: readonly number[],
): Promise<Map<number, TimelineEvent[]>> {
  const timelines = new Map<number, TimelineEvent[]>();
  for (const issue of issues) {
    const events = await github.paginate(github.rest.issues.listEventsForTimeline, {
      ...repo,
      issue_number: issue,
      per_page: 100,
    });
    timelines.set(issue, events as unknown as TimelineEvent[]);
  }
  return timelines;
}
