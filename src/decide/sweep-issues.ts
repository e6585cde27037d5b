/** The tracking issues the sweep opens: a report reminder, a work group at risk, a charter review due. */
import type { Config, LabelKey } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { escapeMarkdown, neutraliseMentions } from "../render/escape.ts";
import { monthName } from "../util/dates.ts";
import { visible } from "../util/invisible.ts";
import type { WorkGroupState } from "../validate/repository.ts";
import type { ReportPeriod } from "./report-periods.ts";
import { newFileUrl, reportPath, reportSkeleton } from "./report-skeleton.ts";
import { atRiskRuleText } from "./rules/health/reports-missed.ts";
import type { WantedIssue } from "./sweep-model.ts";
import { trackingKey } from "./sweep-tracking.ts";

export interface WorkGroupContext {
  wg: WorkGroupState;
  charter: Charter;
  config: Config;
  today: string;
  /** The repository and its default branch, when known: for the "new file" link. */
  where?: { owner: string; repo: string; branch: string };
}

export function name(charter: Charter): string {
  return `**${escapeMarkdown(charter.name)}**`;
}

/** A plain one-line title from user text: no line breaks, no mentions, not too long. */
export function titleText(text: string): string {
  // Invisible characters are written out, as in every other message: a title must not hide them.
  const single = neutraliseMentions(visible(text).replace(/\s+/g, " ").trim());
  return single.length > 80 ? `${single.slice(0, 79)}…` : single;
}

function chairMentions(charter: Charter): string {
  return charter.participants.chairs.map((c) => `@${c}`).join(", ");
}

export function chairsLine(charter: Charter): string {
  return `Chairs: ${chairMentions(charter)}`;
}

export function wgLabel(config: Config, slug: string): string {
  return `${config.labels.workgroup_prefix}${slug}`;
}

export function reminderIssue(
  { wg, charter, config, where }: WorkGroupContext,
  period: ReportPeriod,
): WantedIssue {
  const file = reportPath(config, wg.slug, period.label);
  // The sole chair is who usually files it; with several, the one who does fills in their login.
  const chairs = charter.participants.chairs;
  const skeleton = reportSkeleton({
    slug: wg.slug,
    name: charter.name,
    period,
    ...(chairs.length === 1 ? { submittedBy: chairs[0] } : {}),
    config,
  });
  const link = where ? newFileUrl(where, file, skeleton) : undefined;
  const what =
    period.months.length === 1
      ? `report for **${monthName(period.label)}**`
      : `report for the quarter ending **${monthName(period.label)}**`;
  return {
    key: trackingKey("reminder", wg.slug, period.label),
    title: `Report overdue: ${titleText(charter.name)}, ${monthName(period.label)}`,
    body: [
      `Hello ${chairMentions(charter)}: the ${what} of the ${name(charter)} was due on **${period.due}** and has not landed yet.`,
      "",
      `Please open a pull request that adds \`${file}\`. wgbot checks it, and closes this issue when it is merged.`,
      "",
      link
        ? `[Start the report on GitHub](${link}): the file opens filled in with the skeleton below; fill in the highlights and propose it as a pull request. Or run \`wgbot new report ${wg.slug} --month ${period.label}\` in a clone.`
        : `Start from the skeleton below, or run \`wgbot new report ${wg.slug} --month ${period.label}\` in a clone.`,
      "",
      "<details><summary>The report's skeleton</summary>",
      "",
      "```yaml",
      skeleton.replace(/\n$/, ""), // exactly the file's text: a trailing space after `- ` is kept
      "```",
      "",
      "</details>",
      "",
      `A work group that misses ${atRiskRuleText(config.reports)} is at risk and goes to the board. If the work group has paused, say so here.`,
    ].join("\n"),
    labels: [config.labels.report, wgLabel(config, wg.slug)],
    assignees: [...charter.participants.chairs],
  };
}

/** The at-risk issue: one line per reason the health rules gave, and the labels of the rules that gave them. */
export function atRiskIssue(
  { wg, charter, config }: WorkGroupContext,
  reasons: readonly string[],
  labels: readonly LabelKey[],
): WantedIssue {
  return {
    key: trackingKey("at-risk", wg.slug),
    title: `Work group at risk: ${titleText(charter.name)}`,
    body: [
      `The ${name(charter)} is at risk:`,
      ...reasons.map((r) => `- ${r}`),
      "",
      "This issue is on the board's agenda. wgbot closes it when the work group recovers (its reports are up to date and it has enough members), or when the board sets its status to inactive in its charter.",
      "",
      chairsLine(charter),
    ].join("\n"),
    labels: [...labels.map((key) => config.labels[key]), wgLabel(config, wg.slug)],
    assignees: [],
  };
}

export function renewalIssue({ wg, charter, config }: WorkGroupContext): WantedIssue {
  const review = charter.active_time.review;
  return {
    key: trackingKey("renewal", wg.slug, review),
    title: `Charter review due: ${titleText(charter.name)} (review date ${review})`,
    body: [
      `The charter of the ${name(charter)} (\`${wg.charterPath}\`) reached its review date on **${review}**.`,
      "",
      `Work groups do not exist forever: the board reviews the charter and renews it (a new review date, at most ${config.workgroups.max_term_months} months after the start), or sets its status to inactive. wgbot closes this issue when the charter has a new review date.`,
      "",
      chairsLine(charter),
    ].join("\n"),
    labels: [config.labels.board_review, wgLabel(config, wg.slug)],
    assignees: [],
  };
}
