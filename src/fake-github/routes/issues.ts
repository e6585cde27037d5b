/** Issues (pull requests among them): read, list, open, edit; and GitHub's limit on a body's length. */
import type { Router } from "../router.ts";
import { notFound, paged } from "../router.ts";
import type { GitHubState } from "../state.ts";
import type { ApiAnswer, FakeIssue } from "../types.ts";

/** GitHub refuses an issue or comment body over 65,536 characters. */
export function bodyTooLong(body: unknown): ApiAnswer | undefined {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== "string" || text.length <= 65_536) return undefined;
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource: "Issue",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
    },
  };
}

/** An issue as the API answers it: with its comment count (wgbot skips listing the comments of an issue with none). */
export function issueJson(state: GitHubState, issue: FakeIssue): object {
  return { ...issue, comments: state.commentsOn(issue.number).length };
}

export function issueRoutes(router: Router, state: GitHubState): void {
  const repo = `/repos/${state.owner}/${state.repo}`;
  router.add("GET", `${repo}/issues/:n`, "items", ({ params: [n] }) => {
    const issue = state.issues.get(Number(n));
    return issue ? { status: 200, body: issueJson(state, issue) } : notFound;
  });
  router.add("PATCH", `${repo}/issues/:n`, "items", ({ params: [n], body }) => {
    const tooLong = bodyTooLong(body);
    if (tooLong) return tooLong;
    const issue = state.issues.get(Number(n));
    if (!issue) return notFound;
    const patch = body as Partial<Omit<FakeIssue, "labels" | "milestone">> & {
      milestone?: number | null;
      labels?: string[];
    };
    if (patch.title !== undefined) issue.title = patch.title;
    // By the token's account: an edit of the text is recorded as GitHub records one (its `userContentEdits`).
    if (patch.body !== undefined) state.editIssueBody(issue.number, patch.body);
    if (patch.state !== undefined) issue.state = patch.state;
    if (patch.state_reason !== undefined) issue.state_reason = patch.state_reason;
    if (patch.milestone !== undefined) {
      const m = state.milestones.find((x) => x.number === patch.milestone);
      issue.milestone = m ? { number: m.number, title: m.title } : null;
    }
    if (patch.labels !== undefined) issue.labels = patch.labels.map((name) => ({ name }));
    issue.updated_at = state.now();
    return { status: 200, body: issueJson(state, issue) };
  });
  router.add("GET", `${repo}/issues`, "items", ({ query, baseUrl }) => {
    const wanted = query.labels ? query.labels.split(",").map((l) => l.trim()) : [];
    const state_ = query.state ?? "open";
    const list = [...state.issues.values()].filter(
      (i) =>
        (state_ === "all" || i.state === state_) &&
        wanted.every((l) => i.labels.some((x) => x.name === l)) &&
        onMilestone(i, query.milestone) &&
        (query.since === undefined || Date.parse(i.updated_at) >= Date.parse(query.since)),
    );
    if (query.sort === "created" && query.direction === "desc") list.reverse();
    return paged(
      list.map((i) => issueJson(state, i)),
      query,
      `${baseUrl}${repo}/issues`,
    );
  });
  router.add("POST", `${repo}/issues`, "items", ({ body }) => {
    const tooLong = bodyTooLong(body);
    if (tooLong) return tooLong;
    const b = body as {
      title: string;
      body?: string;
      labels?: string[];
      milestone?: number;
      assignees?: string[];
    };
    const m = state.milestones.find((x) => x.number === b.milestone);
    const issue = state.addIssue({
      title: b.title,
      body: b.body ?? "",
      labels: (b.labels ?? []).map((name) => ({ name })),
      user: state.actor,
      milestone: m ? { number: m.number, title: m.title } : null,
      assignees: (b.assignees ?? []).map((login) => ({ login })),
    });
    return { status: 201, body: issueJson(state, issue) };
  });
}

/** The `milestone` filter: a number, `none` (no milestone) or `*` (any). */
function onMilestone(issue: FakeIssue, wanted: string | undefined): boolean {
  const number = issue.milestone?.number;
  if (wanted === undefined) return true;
  if (wanted === "none") return number === undefined;
  if (wanted === "*") return number !== undefined;
  return wanted === String(number);
}
