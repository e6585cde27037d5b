/**
 * Apply: the only code that writes to GitHub. Each flow turns its plan into a list of writes by diffing against
 * what GitHub already has (so a redelivered event or a second run yields no writes), then `execute` performs them —
 * or, in a dry run, only reports them.
 */
import type { GitHub } from "../github/client.ts";

export type Write =
  | { kind: "add-labels"; issue: number; labels: string[] }
  | { kind: "remove-label"; issue: number; label: string }
  | { kind: "create-comment"; issue: number; body: string }
  | { kind: "update-comment"; issue: number; commentId: number; body: string }
  | {
      kind: "update-issue";
      issue: number;
      patch: {
        state?: "open" | "closed";
        state_reason?: "completed" | "not_planned";
        milestone?: number | null;
      };
    };

export interface Repo {
  owner: string;
  repo: string;
}

export async function execute(github: GitHub, repo: Repo, writes: readonly Write[]): Promise<void> {
  for (const write of writes) {
    switch (write.kind) {
      case "add-labels":
        await github.rest.issues.addLabels({ ...repo, issue_number: write.issue, labels: write.labels });
        break;
      case "remove-label":
        await github.rest.issues
          .removeLabel({ ...repo, issue_number: write.issue, name: write.label })
          .catch((error) => {
            // Someone removed it between our read and this write: the state we wanted is reached anyway.
            if ((error as { status?: number }).status !== 404) throw error;
          });
        break;
      case "create-comment":
        await github.rest.issues.createComment({ ...repo, issue_number: write.issue, body: write.body });
        break;
      case "update-comment":
        await github.rest.issues.updateComment({ ...repo, comment_id: write.commentId, body: write.body });
        break;
      case "update-issue":
        await github.rest.issues.update({ ...repo, issue_number: write.issue, ...write.patch });
        break;
    }
  }
}

/** One line per write, for dry runs and logs. */
export function describeWrite(write: Write): string {
  switch (write.kind) {
    case "add-labels":
      return `#${write.issue}: add labels ${write.labels.join(", ")}`;
    case "remove-label":
      return `#${write.issue}: remove label ${write.label}`;
    case "create-comment":
      return `#${write.issue}: comment\n${indent(write.body)}`;
    case "update-comment":
      return `#${write.issue}: update comment ${write.commentId}\n${indent(write.body)}`;
    case "update-issue":
      return `#${write.issue}: update ${JSON.stringify(write.patch)}`;
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}
