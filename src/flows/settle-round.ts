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
