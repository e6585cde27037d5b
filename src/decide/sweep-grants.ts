/**
 * The sweep's grant rules at work (rules/sweep-grant/: needs-info closing, the Grants WG's review reminder, the
 * decision-target reminder): which requests' timelines they need, and what they do to the requests.
 */
import type { Config } from "../config/types.ts";
import { SWEEP_GRANT_RULES } from "./rules/sweep-grant/index.ts";
import { pastTargetRequests } from "./sweep-decision-target.ts";
import type { Closing, SweepComment, SweepFindings, SweepInput, SweepIssue } from "./sweep-model.ts";

/** The grant requests whose timeline the sweep needs: those a rule could act on, judged from the list alone. */
export function grantCandidates(issues: readonly SweepIssue[], config: Config, now: Date): number[] {
  return issues
    .filter((issue) => SWEEP_GRANT_RULES.some((rule) => rule.candidate(issue, config, now)))
    .map((issue) => issue.number);
}

/**
 * Runs the rules, each over the requests by number: their comments are returned, their closings added to `close`
 * and the requests they acted on listed in `findings`, with every request past its decision target (reminded in this
 * run or before). One rule acts on a request per sweep, the first in order: a later one waits for the next sweep,
 * since one comment at a time is easier to read than two at once.
 */
export function decideGrants(input: SweepInput, findings: SweepFindings, close: Closing[]): SweepComment[] {
  const { config, now, self, owner } = input;
  const requests = [...input.issues].sort((a, b) => a.number - b.number);
  const acted = new Set<number>();
  const comments: SweepComment[] = [];
  for (const rule of SWEEP_GRANT_RULES)
    for (const issue of requests) {
      if (acted.has(issue.number) || !rule.candidate(issue, config, now)) continue;
      const timeline = input.timelines.get(issue.number) ?? [];
      const action = rule.decide({ issue, timeline, self, owner }, config, now);
      if (!action) continue;
      acted.add(issue.number);
      if (rule.listed) findings[rule.listed].push(issue.number);
      if (action.comment) comments.push({ issue: issue.number, ...action.comment });
      if (action.close) close.push({ issue: issue.number, comment: "", reason: "not_planned" });
    }
  for (const { issue, target, stage } of pastTargetRequests(input.issues, config, now))
    findings.grantsPastTarget.push({ issue, target, stage });
  return comments;
}
