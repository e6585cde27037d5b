/**
 * The sweep's diff: its plan against the issues GitHub already has, so a second run — or an hourly one — writes
 * nothing new.
 */
import type { SweepIssue, SweepPlan } from "../decide/sweep-model.ts";
import { trackingKeyOf } from "../decide/sweep-tracking.ts";
import { sameText } from "../model/comment.ts";
import { marker, type Self } from "../model/markers.ts";
import type { Write } from "../model/write.ts";

/**
 * A wanted tracking issue is opened unless one with its key is open or was closed recently (both are in `issues`);
 * an open one whose title or body changed is edited, and gets back a label someone removed. The plan's comments
 * are already only those not yet written (decide found the earlier ones by their markers on the timelines). Only
 * issues wgbot's own account opened are its tracking issues: another's with the same marker is left alone.
 */
export function sweepWrites(plan: SweepPlan, issues: readonly SweepIssue[], self: Self): Write[] {
  const writes: Write[] = [];
  const byKey = new Map<string, SweepIssue>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const key = trackingKeyOf(issue, self)?.key;
    const known = key === undefined ? undefined : byKey.get(key);
    if (key !== undefined && (!known || (known.state === "closed" && issue.state === "open")))
      byKey.set(key, issue);
  }
  for (const wanted of plan.tracking) {
    const body = `${marker(wanted.key)}\n${wanted.body}`;
    const existing = byKey.get(wanted.key);
    if (!existing) {
      writes.push({
        kind: "create-issue",
        title: wanted.title,
        body,
        labels: wanted.labels,
        assignees: wanted.assignees,
      });
      continue;
    }
    if (existing.state !== "open") continue;
    const sameBody = sameText(existing.body, body);
    if (existing.title !== wanted.title || !sameBody)
      writes.push({
        kind: "update-issue",
        issue: existing.number,
        patch: {
          ...(existing.title === wanted.title ? {} : { title: wanted.title }),
          ...(sameBody ? {} : { body }),
        },
      });
    const missing = wanted.labels.filter((l) => !existing.labels.includes(l));
    if (missing.length > 0) writes.push({ kind: "add-labels", issue: existing.number, labels: missing });
  }
  for (const comment of plan.comments)
    writes.push({
      kind: "create-comment",
      issue: comment.issue,
      body: `${marker(comment.marker)}\n${comment.body}`,
    });
  for (const closing of plan.close) {
    if (closing.comment) writes.push({ kind: "create-comment", issue: closing.issue, body: closing.comment });
    writes.push({
      kind: "update-issue",
      issue: closing.issue,
      patch: { state: "closed", state_reason: closing.reason },
    });
  }
  return writes;
}
