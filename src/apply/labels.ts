/** Label diff: add what is wanted and missing; remove only labels the bot owns that are no longer wanted. */
import type { Write } from "../model/write.ts";

export function labelWrites(
  issue: number,
  current: readonly string[],
  wanted: readonly string[],
  owned: (label: string) => boolean,
): Write[] {
  const have = new Set(current);
  const want = new Set(wanted);
  const writes: Write[] = [];
  const add = [...want].filter((l) => !have.has(l));
  if (add.length > 0) writes.push({ kind: "add-labels", issue, labels: add });
  for (const label of current) {
    if (owned(label) && !want.has(label)) writes.push({ kind: "remove-label", issue, label });
  }
  return writes;
}

/** An item's labels once `writes` (label writes among them) have been applied. */
export function labelsAfter(issue: number, current: readonly string[], writes: readonly Write[]): string[] {
  const labels = new Set(current);
  for (const w of writes) {
    if (w.kind === "add-labels" && w.issue === issue) for (const l of w.labels) labels.add(l);
    if (w.kind === "remove-label" && w.issue === issue) labels.delete(w.label);
  }
  return [...labels];
}
