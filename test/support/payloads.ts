/**
 * Webhook payloads shaped like GitHub's: taken from @octokit/webhooks-examples and adjusted to the scenario
 * (repository, issue, sender), so the handlers see exactly the fields real deliveries carry.
 */
import examples from "@octokit/webhooks-examples";
import type { FakeGitHub, FakeIssue, FakePull } from "./fake-github.ts";

type Example = { name: string; examples: Record<string, unknown>[] };

function example(name: string, action: string): Record<string, unknown> {
  const group = (examples as unknown as Example[]).find((e) => e.name === name);
  const found = group?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

function user(login: string, type = "User") {
  return { login, id: login.length * 1000, type, site_admin: false };
}

function repository(fake: FakeGitHub, base: Record<string, unknown>) {
  return {
    ...(base as object),
    name: fake.repo,
    full_name: `${fake.owner}/${fake.repo}`,
    owner: { ...((base as { owner: object }).owner ?? {}), login: fake.owner, type: "Organization" },
    default_branch: "main",
  };
}

function issueOf(base: Record<string, unknown>, issue: FakeIssue) {
  return {
    ...base,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((l, i) => ({ id: i + 1, name: l.name, color: "ededed", default: false })),
    user: user(issue.user.login, issue.user.type),
    milestone: issue.milestone,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    pull_request: undefined,
  };
}

export function issuesEvent(
  fake: FakeGitHub,
  action: "opened" | "edited" | "reopened",
  issue: FakeIssue,
  sender?: string,
) {
  const payload = example("issues", action);
  return {
    name: "issues" as const,
    payload: {
      ...payload,
      action,
      issue: issueOf(payload.issue as Record<string, unknown>, issue),
      repository: repository(fake, payload.repository as Record<string, unknown>),
      sender: user(sender ?? issue.user.login),
      installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
    },
  };
}

export function commentEvent(
  fake: FakeGitHub,
  issue: FakeIssue,
  comment: { id: number; body: string; login: string; type?: string; association?: string },
) {
  const payload = example("issue_comment", "created");
  return {
    name: "issue_comment" as const,
    payload: {
      ...payload,
      action: "created",
      issue: issueOf(payload.issue as Record<string, unknown>, issue),
      comment: {
        ...(payload.comment as object),
        id: comment.id,
        body: comment.body,
        user: user(comment.login, comment.type),
        author_association: comment.association ?? "NONE",
      },
      repository: repository(fake, payload.repository as Record<string, unknown>),
      sender: user(comment.login, comment.type),
      installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
    },
  };
}

/** A `pull_request` delivery for a pull request of the fake (monthly reports): head, base, author and labels. */
export function pullRequestEvent(
  fake: FakeGitHub,
  action: "opened" | "synchronize" | "reopened",
  pull: FakePull,
  sender?: string,
) {
  const payload = example("pull_request", action);
  const base = payload.pull_request as Record<string, unknown>;
  const repo = repository(fake, payload.repository as Record<string, unknown>);
  const issue = fake.issues.get(pull.number);
  return {
    name: "pull_request" as const,
    payload: {
      ...payload,
      action,
      number: pull.number,
      pull_request: {
        ...base,
        number: pull.number,
        state: issue?.state ?? "open",
        title: issue?.title ?? "Monthly report",
        user: user(pull.user.login, pull.user.type),
        labels: (issue?.labels ?? []).map((l, i) => ({
          id: i + 1,
          name: l.name,
          color: "ededed",
          default: false,
        })),
        head: {
          ...(base.head as object),
          ref: pull.head.ref,
          sha: pull.head.sha,
          repo,
          user: user(pull.user.login, pull.user.type),
        },
        base: { ...(base.base as object), ref: pull.base.ref, sha: pull.base.sha, repo },
      },
      repository: repo,
      sender: user(sender ?? pull.user.login),
      installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
    },
  };
}

/** A push to `main` whose one commit changes `paths`. */
export function pushEvent(fake: FakeGitHub, paths: string[]) {
  const group = (examples as unknown as Example[]).find((e) => e.name === "push");
  const base = structuredClone(group?.examples.find((e) => e.ref === "refs/heads/master")) as Record<
    string,
    unknown
  >;
  const commit = (base.commits as Record<string, unknown>[])[0];
  return {
    name: "push" as const,
    payload: {
      ...base,
      ref: "refs/heads/main",
      created: false,
      commits: [{ ...commit, added: [], removed: [], modified: paths }],
      repository: repository(fake, base.repository as Record<string, unknown>),
      installation: { id: 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
    },
  };
}
