/**
 * The grants ledger record of a final decision on a grant request, as one round: the decision's year folder is read
 * (one GraphQL request), and `grants/<year>/<issue>-<slug>.yml` is committed to the default branch unless the ledger
 * already holds this decision. So a redelivered command, or a retry after a failure half-way, writes nothing twice.
 *
 * Commits straight to the default branch, to a folder only wgbot writes (docs/policy.md, "The grants ledger"): the
 * decision is already made and recorded in the issue, so there is nothing left to review, and the next request's cap
 * must count it at once.
 */

import type { BoardItem } from "../../decide/board-item.ts";
import { meetingOfMilestone } from "../../decide/calendar.ts";
import type { DecisionRecord } from "../../decide/decision-record.ts";
import { isFinal, ledgerFile, ledgerHolds, ledgerYear } from "../../decide/ledger.ts";
import { grantFromForm } from "../../forms/grant.ts";
import { gatherDefaultBranch } from "../../gather/charter-pull-request.ts";
import { readRepoFileWithSha } from "../../gather/files.ts";
import { gatherLedger } from "../../gather/ledger.ts";
import type { Write } from "../../model/write.ts";
import type { BoardWork } from "../board-meeting/milestones.ts";
import { goOn, type Round, round } from "../flow-module.ts";

export function ledgerRound(
  work: BoardWork,
  record: DecisionRecord,
  recommendation: DecisionRecord | undefined,
  item: BoardItem,
  base: string | undefined,
  then: () => Round | undefined,
): Round {
  const { config } = work;
  return round(
    async (ctx) => {
      if (!isFinal(record)) return undefined;
      const { request } = grantFromForm(item.body, { author: item.author, config });
      if (!request) {
        ctx.log.warn(
          `#${item.number}: the decided request no longer reads as a grant request; not recorded in the ledger.`,
        );
        return undefined;
      }
      const meeting = item.milestone ? meetingOfMilestone(item.milestone) : undefined;
      const file = ledgerFile({
        record,
        request,
        ...(recommendation ? { recommendation } : {}),
        issue: item.number,
        url: item.url ?? `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/issues/${item.number}`,
        ...(meeting ? { meeting } : {}),
        config,
      });
      if (!file) return undefined;
      const { texts } = await gatherLedger(ctx.github, ctx.repo, config, [ledgerYear(record)]);
      if (ledgerHolds(file, texts)) return undefined;
      const branch = base ?? (await gatherDefaultBranch(ctx.github, ctx.repo));
      // A file at the same path from an earlier decision on the issue is updated, which needs its blob SHA.
      const existing = texts.has(file.path)
        ? await readRepoFileWithSha(ctx.github, ctx.repo, file.path, branch)
        : undefined;
      return { file, branch, ...(existing ? { sha: existing.sha } : {}) };
    },
    (s) => {
      if (!s) return goOn(then);
      const write: Write = {
        kind: "put-file",
        branch: s.branch,
        path: s.file.path,
        content: s.file.content,
        message: s.file.message,
        ...(s.sha ? { sha: s.sha } : {}),
      };
      return { writes: [write], next: then };
    },
  );
}
