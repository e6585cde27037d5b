/**
 * The issues the sweep reads: every open issue in one paginated list (tracking issues and grant requests are
 * told apart locally, by marker and label, rather than by one list per label), the issues closed since a date
 * (so a tracking issue closed recently is not opened again), the timelines of the few grant requests a rule
 * could apply to, and the edit history of the requests the needs-info rule would otherwise close.
 */

import type { SweepIssue, TimelineEvent } from "../decide/sweep-model.ts";
import type { GitHub } from "../github/client.ts";
import { graphql } from "../github/graphql.ts";
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
  milestone?: { title?: string } | null;
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
    ...(raw.milestone?.title ? { milestone: raw.milestone.title } : {}),
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

/** At most this many issues per GraphQL query (one alias each), well under GitHub's node limits. */
const EDITS_PER_QUERY = 50;

interface EditsAnswer {
  repository: Record<
    string,
    {
      userContentEdits?: { nodes?: ({ editedAt?: string; editor?: { login: string } | null } | null)[] };
    } | null
  > | null;
}

/**
 * The edit history of some issues' text, as `edited` timeline events (the REST timeline does not list edits of an
 * issue's body): one GraphQL query per 50 issues, each issue's last 20 edits. Asked only for the grant requests the
 * needs-info rule would close otherwise (decide/applicant-activity.ts `editsMatter`), so most sweeps make none.
 */
export async function gatherIssueEdits(
  github: GitHub,
  repo: Repo,
  issues: readonly number[],
): Promise<Map<number, TimelineEvent[]>> {
  const edits = new Map<number, TimelineEvent[]>();
  for (let start = 0; start < issues.length; start += EDITS_PER_QUERY) {
    const batch = issues
      .slice(start, start + EDITS_PER_QUERY)
      .filter((n) => Number.isSafeInteger(n) && n > 0);
    if (batch.length === 0) continue;
    const fields = batch
      .map(
        (n) =>
          `i${n}: issue(number: ${n}) { userContentEdits(last: 20) { nodes { editedAt editor { login } } } }`,
      )
      .join("\n    ");
    const query = `query WgbotIssueEdits($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n    ${fields}\n  }\n}`;
    const answer = await graphql<EditsAnswer>(github, query, { owner: repo.owner, name: repo.repo });
    for (const n of batch) {
      const nodes = answer.repository?.[`i${n}`]?.userContentEdits?.nodes ?? [];
      edits.set(
        n,
        nodes.flatMap((node) =>
          node?.editedAt ? [{ event: "edited", created_at: node.editedAt, actor: node.editor ?? null }] : [],
        ),
      );
    }
  }
  return edits;
}
