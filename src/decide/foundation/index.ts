/**
 * The foundation state: one pure function from what was gathered (the repository's files, its report history and,
 * when read, its issues) to everything `wgbot status` and the dashboard site show.
 */
import { isoDate, monthName } from "../../util/dates.ts";
import { plural } from "../../util/text.ts";
import { pastDecisions, upcomingMeetings } from "./board.ts";
import { ledgerView } from "./ledger.ts";
import type { Attention, FoundationInput, FoundationState } from "./model.ts";
import { requestsByStage } from "./requests.ts";
import { heatmapMonths, workgroupViews } from "./workgroups.ts";

export const DEFAULT_HEATMAP_MONTHS = 12;

export function foundationState(input: FoundationInput): FoundationState {
  const { state, now, items } = input;
  const config = state.config;
  const today = isoDate(now);
  const months = heatmapMonths(today, input.heatmapMonths ?? DEFAULT_HEATMAP_MONTHS);
  const workgroups = workgroupViews(state, now, months, input.filed);
  const proposals = items ? requestsByStage(items, "charter", config, now) : [];
  const grants = items ? requestsByStage(items, "grant", config, now) : [];
  const count = (groups: typeof grants) => groups.reduce((n, g) => n + g.items.length, 0);

  const attention: Attention[] = [];
  for (const wg of workgroups) {
    if (wg.status === "unreadable")
      attention.push({ slug: wg.slug, text: `${wg.slug}: not checked, ${wg.problem}` });
    if (wg.atRisk.length > 0)
      attention.push({ slug: wg.slug, text: `${wg.name} is at risk: ${wg.atRisk.join("; ")}` });
    else if (wg.overdue.length > 0) {
      const latest = wg.overdue[wg.overdue.length - 1] as string;
      attention.push({
        slug: wg.slug,
        text: `${wg.name}: ${plural(wg.overdue.length, "report")} overdue, the latest for ${monthName(latest)}`,
      });
    }
    if (wg.pastReview)
      attention.push({ slug: wg.slug, text: `${wg.name}: its charter was due for review on ${wg.review}` });
  }
  for (const group of [...proposals, ...grants])
    for (const item of group.items)
      if (item.target?.overdue)
        attention.push({
          number: item.number,
          text: `#${item.number} ${item.title}: past its decision target (${item.target.date})`,
        });

  const errors = state.problems.filter((p) => p.severity === "error");
  return {
    organisation: config.organisation,
    today,
    config,
    workgroups,
    months,
    history: input.filed !== undefined,
    issuesRead: items !== undefined,
    proposals,
    grants,
    meetings: upcomingMeetings(config, now, items, workgroups),
    decisions: pastDecisions(items, config, now),
    ...(input.ledger && input.ledger.length > 0
      ? { ledger: ledgerView(input.ledger, config.base_currency) }
      : {}),
    attention,
    counts: {
      workgroups: workgroups.length,
      active: workgroups.filter((w) => w.status === "active").length,
      atRisk: workgroups.filter((w) => w.atRisk.length > 0).length,
      overdue: workgroups.filter((w) => w.overdue.length > 0).length,
      pastReview: workgroups.filter((w) => w.pastReview).length,
      proposals: count(proposals),
      grants: count(grants),
      problems: new Set(errors.map((p) => p.file)).size,
    },
  };
}
