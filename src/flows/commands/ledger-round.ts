/**
 * The grants ledger record of a final decision on a grant request, as one round (and the pull request's rounds when
 * the default branch refuses it): the decision's year folder, the pull requests from the record's branch and the
 * default branch's name are read in one GraphQL request (with the decided item, when the round before reads it:
 * decision-command.ts), and `grants/<year>/<issue>-<slug>.yml` is committed to the default branch unless the
 * ledger already holds this decision. So a redelivered command, or a retry after a failure half-way, writes nothing
 * twice.
 *
 * Commits straight to the default branch, to a folder only wgbot writes (docs/policy.md, "The grants ledger"): the
 * decision is already made and recorded in the issue, so there is nothing left to review, and the next request's cap
 * must count it at once. A default branch that takes changes only through pull requests (branch protection, a
 * ruleset) refuses the commit: the record is then proposed in a pull request from `wgbot/ledger-<issue>`, opened
 * the way a charter's is (charter-pull-request.ts), and the flow goes on to the agenda. Until it is merged the
 * ledger cannot count the decision, so that is logged as a warning. A later run finds that pull request (in the same
 * read, and one more for its file) and leaves it be when its branch holds the record, or brings its file up to date.
 */

import { isRefusedByProtection } from "../../apply/create-once.ts";
import type { Config } from "../../config/types.ts";
import type { BoardItem } from "../../decide/board-item.ts";
import { meetingOfMilestone } from "../../decide/calendar.ts";
import type { DecisionRecord } from "../../decide/decision-record.ts";
import {
  isFinal,
  type LedgerFileText,
  type LedgerPullRequest,
  ledgerBranch,
  ledgerFile,
  ledgerHolds,
  ledgerPullRequest,
  ledgerYear,
} from "../../decide/ledger.ts";
import { grantFromForm } from "../../forms/grant.ts";
import { gatherDefaultBranch } from "../../gather/charter-pull-request.ts";
import { readRepoFileWithSha } from "../../gather/files.ts";
import { gatherLedgerRecording, type LedgerRecording } from "../../gather/ledger.ts";
import type { Write } from "../../model/write.ts";
import type { CoreContext } from "../context.ts";
import { goOn, type Round, round } from "../flow-module.ts";
import { charterPullRound } from "./charter-pull-request.ts";

type LedgerState =
  /**
   * Commit the record to the default branch (`sha`: a file of an earlier decision on the issue, updated); `pull`
   * proposes it instead if the branch refuses.
   */
  | { via: "commit"; pull: LedgerPullRequest; branch: string; sha?: string }
  /** An open pull request proposes an earlier version of the record: bring it up to date. */
  | { via: "pull"; pull: LedgerPullRequest; branch: string };

export function ledgerRound(
  config: Config,
  record: DecisionRecord,
  recommendation: DecisionRecord | undefined,
  item: BoardItem,
  base: string | undefined,
  then: () => Round | undefined,
  /** The ledger, pull requests and default branch as the round before read them with the item, if it did. */
  read?: LedgerRecording,
): Round {
  return round(
    async (ctx): Promise<LedgerState | undefined> => {
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
      const { ledger, pulls, defaultBranch } =
        read ??
        (await gatherLedgerRecording(ctx.github, ctx.repo, config, {
          year: ledgerYear(record),
          branch: ledgerBranch(item.number),
        }));
      if (ledgerHolds(file, ledger.texts)) return undefined;
      const branch = base ?? defaultBranch ?? (await gatherDefaultBranch(ctx.github, ctx.repo));
      const pull = ledgerPullRequest(file, branch, config);
      const proposed = await proposedIn(ctx, file, item.number, pulls);
      if (proposed === "held") return undefined;
      if (proposed === "open") return { via: "pull", pull, branch };
      // A file at the same path from an earlier decision on the issue is updated, which needs its blob SHA.
      const sha = ledger.texts.has(file.path)
        ? (ledger.shas.get(file.path) ??
          (await readRepoFileWithSha(ctx.github, ctx.repo, file.path, branch))?.sha)
        : undefined;
      return { via: "commit", pull, branch, ...(sha ? { sha } : {}) };
    },
    (s) => {
      if (!s) return goOn(then);
      if (s.via === "pull") return goOn(() => charterPullRound(s.pull, s.branch, then, { update: true }));
      const write: Write = {
        kind: "put-file",
        branch: s.branch,
        path: s.pull.path,
        content: s.pull.content,
        message: s.pull.message,
        ...(s.sha ? { sha: s.sha } : {}),
      };
      return {
        writes: [write],
        next: (answers) => {
          const refused = answers.find(isRefusedByProtection);
          return refused ? proposeRound(s.pull, s.branch, refused.reason, then) : then();
        },
      };
    },
  );
}

/**
 * Whether an earlier run proposed the record in a pull request (`pulls`: the states of those from the record's
 * branch): `held` when a pull request's branch holds this very decision (open, or closed by a person: it is not
 * proposed again), `open` when the open one holds an earlier version, `none` otherwise. So a redelivered command
 * does not try the protected branch again.
 */
async function proposedIn(
  ctx: CoreContext,
  file: LedgerFileText,
  issue: number,
  pulls: readonly string[],
): Promise<"held" | "open" | "none"> {
  if (pulls.length === 0) return "none";
  const branch = ledgerBranch(issue);
  const open = pulls.includes("open");
  const onBranch = await readRepoFileWithSha(ctx.github, ctx.repo, file.path, branch);
  if (onBranch && ledgerHolds(file, new Map([[file.path, onBranch.content]]))) {
    if (!open)
      ctx.log.warn(
        `#${issue}: the pull request from ${branch} that proposed this decision's grants ledger record (${file.path}) is closed, and the ledger does not hold the record; not proposed again. Reopen and merge that pull request, or add the record by hand, for the ledger to count it.`,
      );
    return "held";
  }
  return open ? "open" : "none";
}

/** The default branch refused the record: say so in the log, then propose it in a pull request. */
function proposeRound(
  pull: LedgerPullRequest,
  base: string,
  reason: string,
  then: () => Round | undefined,
): Round {
  return round(
    async (ctx) => {
      const counted =
        pull.record.outcome === "approved"
          ? ": the cap per organisation per year leaves this grant out when it checks new requests"
          : "";
      ctx.log.warn(
        `#${pull.record.issue}: ${base} refused the grants ledger record ${pull.path} (GitHub: "${reason}"); proposing it in a pull request from ${pull.branch} instead. Until that is merged, the ledger does not hold this decision${counted}.`,
      );
    },
    () => goOn(() => charterPullRound(pull, base, then, { update: true })),
  );
}
