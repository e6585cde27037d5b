/** What people and bots add to an issue: comments, labels (and their history, the timeline), milestones. */
import type { Router } from "../router.ts";
import { notFound, paged, validationFailed } from "../router.ts";
import type { GitHubState } from "../state.ts";
import type { FakeMilestone } from "../types.ts";
import { bodyTooLong } from "./issues.ts";

export function conversationRoutes(router: Router, state: GitHubState): void {
  const repo = `/repos/${state.owner}/${state.repo}`;
  const issueOf = (n: string | undefined) => state.issues.get(Number(n));
  router.add("GET", `${repo}/issues/:n/comments`, "items", ({ params: [n], query, baseUrl }) =>
    paged(state.commentsOn(Number(n)), query, `${baseUrl}${repo}/issues/${n}/comments`),
  );
  router.add("POST", `${repo}/issues/:n/comments`, "items", ({ params: [n], body }) => {
    const tooLong = bodyTooLong(body);
    if (tooLong) return tooLong;
    if (!issueOf(n)) return notFound;
    return { status: 201, body: state.addComment(Number(n), (body as { body: string }).body, state.actor) };
  });
  router.add("PATCH", `${repo}/issues/comments/:id`, "items", ({ params: [id], body }) => {
    const tooLong = bodyTooLong(body);
    if (tooLong) return tooLong;
    const comment = state.comments.find((c) => c.id === Number(id) && c.issue > 0);
    if (!comment) return notFound;
    comment.body = (body as { body: string }).body;
    comment.updated_at = state.now();
    return { status: 200, body: comment };
  });
  router.add("DELETE", `${repo}/issues/comments/:id`, "items", ({ params: [id] }) => {
    const comment = state.comments.find((c) => c.id === Number(id) && c.issue > 0);
    if (!comment) return notFound;
    // Detached rather than removed, so the count that numbers new issues never goes back.
    comment.issue = -1;
    return { status: 204 };
  });

  router.add("GET", `${repo}/labels`, "items", ({ query, baseUrl }) =>
    paged(
      [...state.labels].map((name) => ({ name })),
      query,
      `${baseUrl}${repo}/labels`,
    ),
  );
  router.add("GET", `${repo}/issues/:n/labels`, "items", ({ params: [n] }) => {
    const issue = issueOf(n);
    return issue ? { status: 200, body: issue.labels } : notFound;
  });
  router.add("POST", `${repo}/issues/:n/labels`, "items", ({ params: [n], body }) => {
    const issue = issueOf(n);
    if (!issue) return notFound;
    for (const name of (body as { labels: string[] }).labels) {
      state.labels.add(name);
      if (issue.labels.some((l) => l.name === name)) continue;
      issue.labels.push({ name });
      state.labelEvents.push({
        issue: issue.number,
        label: name,
        actor: state.actor,
        created_at: state.now(),
      });
    }
    return { status: 200, body: issue.labels };
  });
  router.add("DELETE", `${repo}/issues/:n/labels/:name`, "items", ({ params: [n, name] }) => {
    const issue = issueOf(n);
    if (!issue?.labels.some((l) => l.name === name))
      return { status: 404, body: { message: "Label does not exist" } };
    issue.labels = issue.labels.filter((l) => l.name !== name);
    return { status: 200, body: issue.labels };
  });
  router.add("GET", `${repo}/issues/:n/timeline`, "items", ({ params: [n], query, baseUrl }) => {
    const number = Number(n);
    if (!state.issues.has(number)) return notFound;
    const events = [
      ...state.labelEvents
        .filter((e) => e.issue === number)
        .map((e) => ({
          event: "labeled",
          label: { name: e.label },
          actor: e.actor,
          created_at: e.created_at,
        })),
      ...state.commentsOn(number).map((c) => ({
        event: "commented",
        id: c.id,
        body: c.body,
        user: c.user,
        actor: c.user,
        created_at: c.created_at,
        updated_at: c.updated_at,
      })),
    ].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    return paged(events, query, `${baseUrl}${repo}/issues/${number}/timeline`);
  });

  router.add("GET", `${repo}/milestones`, "items", ({ query, baseUrl }) => {
    const wanted = query.state ?? "open";
    const list = state.milestones.filter((m) => wanted === "all" || m.state === wanted);
    return paged(list, query, `${baseUrl}${repo}/milestones`);
  });
  router.add("POST", `${repo}/milestones`, "items", ({ body }) => {
    const b = body as { title: string; due_on?: string; description?: string };
    if (state.milestones.some((m) => m.title === b.title))
      return validationFailed([{ resource: "Milestone", code: "already_exists", field: "title" }]);
    let number = state.milestones.length + 1;
    while (state.milestones.some((m) => m.number === number)) number++;
    const milestone: FakeMilestone = {
      number,
      title: b.title,
      due_on: b.due_on ?? null,
      state: "open",
      description: b.description ?? null,
    };
    state.milestones.push(milestone);
    return { status: 201, body: milestone };
  });
}
