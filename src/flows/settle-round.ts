/**
 * The round after a sticky comment was created: gather the item's comments again, decide which of wgbot's own
 * comments with that marker are duplicates a race made (decide/sticky-comments.ts), apply their deletes. Costs one
 * read per created comment, and only when one was created; none in a dry run, which created nothing.
 */
import { executeWrite } from "../apply/writes.ts";
import { duplicateStickyDeletes } from "../decide/sticky-comments.ts";
import { gatherComments } from "../gather/comments.ts";
import { markerName } from "../model/markers.ts";
import type { Write } from "../model/write.ts";
import type { CoreContext } from "./context.ts";
import { type Round, round } from "./flow-module.ts";

export async function settleRound(
  ctx: CoreContext,
  writes: readonly Write[],
  apply: (write: Write) => Promise<unknown> = (write) => executeWrite(ctx.github, ctx.repo, write, ctx.self),
): Promise<Write[]> {
  if (ctx.dryRun) return [];
  const deletes: Write[] = [];
  for (const write of writes) {
    if (write.kind !== "create-comment") continue;
    if (markerName(write.body) === undefined) continue;
    const comments = await gatherComments(ctx.github, ctx.repo, write.issue);
    for (const remove of duplicateStickyDeletes(write, comments, await ctx.self())) {
      await apply(remove);
      deletes.push(remove);
    }
  }
  return deletes;
}

/** The same settling, as a round of a chain (run-rounds.ts, `runChain`): undefined when no sticky comment was created. */
export function settleRoundOf(writes: readonly Write[]): Round | undefined {
  const created = writes.filter(
    (w): w is Extract<Write, { kind: "create-comment" }> =>
      w.kind === "create-comment" && markerName(w.body) !== undefined,
  );
  if (created.length === 0) return undefined;
  return round(
    async (ctx) => {
      const self = await ctx.self();
      const found: {
        write: (typeof created)[number];
        comments: Awaited<ReturnType<typeof gatherComments>>;
      }[] = [];
      for (const write of created)
        found.push({ write, comments: await gatherComments(ctx.github, ctx.repo, write.issue) });
      return { self, found };
    },
    ({ self, found }) => ({
      writes: found.flatMap(({ write, comments }) => duplicateStickyDeletes(write, comments, self)),
    }),
  );
}
