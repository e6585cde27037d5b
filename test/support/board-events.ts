/**
 * Webhook payloads for board review (from @octokit/webhooks-examples, adjusted to the scenario): a command comment
 * with its real creation time, an edited comment, and a label added to an issue or pull request.
 */
import examples from "@octokit/webhooks-examples";
import type { FakeComment, FakeGitHub, FakeIssue } from "./fake-github.ts";
import { commentEvent, issuesEvent } from "./payloads.ts";

type Example = { name: string; examples: Record<string, unknown>[] };

function example(name: string, action: string): Record<string, unknown> {
  const group = (examples as unknown as Example[]).find((e) => e.name === name);
  const found = group?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

/** `issue_comment.created` for a comment already in the fake (so its id and time are the fake's). */
export function commandEvent(fake: FakeGitHub, issue: FakeIssue, comment: FakeComment) {
  const event = commentEvent(fake, issue, { id: comment.id, body: comment.body, login: comment.user.login });
  event.payload.comment = { ...(event.payload.comment as object), created_at: comment.created_at } as never;
  return event;
}

/** `issue_comment.edited`: the same comment, edited. */
export function commentEditedEvent(fake: FakeGitHub, issue: FakeIssue, comment: FakeComment) {
  const event = commandEvent(fake, issue, comment);
  const edited = example("issue_comment", "edited");
  return {
    name: "issue_comment" as const,
    payload: { ...event.payload, action: "edited", changes: edited.changes ?? { body: { from: "" } } },
  };
}

/** `issues.labeled` (or `pull_request.labeled` for a pull request): `sender` added `label`. */
export function labeledEvent(fake: FakeGitHub, issue: FakeIssue, label: string, sender: string) {
  const base = issuesEvent(fake, "opened", issue, sender);
  const labeled = example(issue.pull_request ? "pull_request" : "issues", "labeled");
  const labelObject = { ...(labeled.label as object), name: label };
  if (!issue.pull_request)
    return { name: "issues" as const, payload: { ...base.payload, action: "labeled", label: labelObject } };
  const { issue: asIssue, ...rest } = base.payload;
  return {
    name: "pull_request" as const,
    payload: {
      ...rest,
      action: "labeled",
      label: labelObject,
      pull_request: { ...(labeled.pull_request as object), ...asIssue, number: issue.number },
    },
  };
}
