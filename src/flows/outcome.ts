/** How a flow ends: perform its writes (unless this is a dry run) and report what it did. */
import { execute, type Write } from "../apply/writes.ts";
import type { CoreContext } from "../core/context.ts";
import type { Outcome } from "../core/handle.ts";
import type { Problem } from "../problems.ts";

export async function finish(
  ctx: CoreContext,
  flow: string,
  summary: string,
  writes: Write[],
  plan?: unknown,
  problems?: Problem[],
): Promise<Outcome> {
  if (!ctx.dryRun) await execute(ctx.github, ctx.repo, writes, ctx.self);
  return {
    flow,
    summary: counted(summary, writes.length),
    writes,
    plan,
    ...(problems ? { problems } : {}),
  };
}

/** A flow's one-line summary with the number of writes it made. */
export function counted(summary: string, writes: number): string {
  return `${summary} (${writes} write${writes === 1 ? "" : "s"})`;
}
