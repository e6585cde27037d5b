/** What handling one event did: the flow, a log line, its writes, and what a dry run or the Action shows. */
import type { Problem } from "../problems.ts";
import type { Write } from "./write.ts";

export interface Outcome {
  /** Which flow handled the event, or "ignored". */
  flow: string;
  /** One line for logs. */
  summary: string;
  /** The writes the flow made (or, in a dry run, would make). */
  writes: Write[];
  /** Plan details a dry run prints (comment text, labels, escalation). */
  plan?: unknown;
  /** What the flow found wrong, for runtimes that show findings (the Action's annotations and job summary). */
  problems?: Problem[];
}

export function ignored(summary: string): Outcome {
  return { flow: "ignored", summary, writes: [] };
}

/** A flow's one-line summary with the number of writes it made. */
export function counted(summary: string, writes: number): string {
  return `${summary} (${writes} write${writes === 1 ? "" : "s"})`;
}
