/** One line per write (more for a comment's or a file's text), for dry runs, logs and the Action's summary. */
import type { CheckRunWrite, Write } from "./write.ts";

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
      return `#${write.issue}: update ${JSON.stringify({ ...write.patch, ...(write.patch.body === undefined ? {} : { body: "…" }) })}${write.patch.body === undefined ? "" : `\n${indent(write.patch.body)}`}`;
    case "delete-comment":
      return `#${write.issue}: delete comment ${write.commentId}`;
    case "create-issue":
      return `new issue "${write.title}"${write.milestone === undefined ? "" : ` on milestone ${write.milestone}`}${write.labels?.length ? ` [${write.labels.join(", ")}]` : ""}${write.assignees?.length ? ` assigned to ${write.assignees.join(", ")}` : ""}\n${indent(write.body)}`;
    case "set-milestone":
      return `#${write.issue}: ${write.milestone ? `milestone "${write.milestone.title}"` : "no milestone"}`;
    case "create-milestone":
      return `new milestone "${write.title}" due ${write.due_on.slice(0, 10)}`;
    case "create-branch":
      return `new branch ${write.branch} at ${write.sha.slice(0, 7)}`;
    case "put-file":
      return `${write.branch}: ${write.sha ? "update" : "add"} ${write.path}\n${indent(write.content)}`;
    case "create-check-run":
      return describeCheckRunWrite(write);
    case "create-pull":
      return `new pull request "${write.title}" ${write.head} → ${write.base}\n${indent(write.body)}`;
  }
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

export function describeCheckRunWrite(write: CheckRunWrite): string {
  const lines = write.annotations.map(
    (a) =>
      `    ${a.path}:${a.start_line}${a.start_column ? `:${a.start_column}` : ""} ${a.annotation_level} ${a.message.split("\n")[0]}`,
  );
  return [
    `check run "${write.name}" on ${write.headSha.slice(0, 7)}: ${write.conclusion}, ${write.title}`,
    ...lines,
  ].join("\n");
}
