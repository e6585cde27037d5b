/**
 * The sweep: one pure decision over the whole repository's state, the issues wgbot tracks and `now`.
 *
 * - Reports: a period not reported by its due day gets one reminder issue per work group and period, assigned to
 *   and mentioning the chairs; wgbot closes it with a short comment when the report lands. Only the period that
 *   fell due most recently gets a new reminder; older reminders stay open until their report lands.
 * - At risk: the health rules (rules/health/: missed reports, members, leadership) open one tracking issue per
 *   work group, labelled as the rules that found something say (`status/at-risk`) and `wg/<slug>`, which the board
 *   agenda lists; closed when the group recovers.
 * - Renewal: a charter past its review date opens a tracking issue labelled for board review; closed when the
 *   charter gets a new review date or stops being active. Inactive work groups are listed as revivable.
 * - Grants: a request left in needs-info with no word from its author for `grants.needs_info_close_days` is closed
 *   as not planned with a friendly comment; one waiting for the Grants WG longer than
 *   `grants.grants_wg_review_days` gets one comment (never repeated); one still undecided after its decision target
 *   gets one comment to whoever holds it, the Grants WG or the board. Each is a rule (rules/sweep-grant/), run by
 *   sweep-grants.ts.
 *
 * Tracking issues are found again by a hidden marker on the first line of their body
 * (`<!-- wgbot:reminder packaging 2026-10 -->`), only in issues wgbot's own account opened (`self`). A tracking
 * issue that is closed — by wgbot or by a person — since the most recent due date counts as existing, so an hourly
 * sweep never opens a second one, and a reminder a chair closes by hand stays closed.
 */
import { isoDate, monthName } from "../util/dates.ts";
import { plural } from "../util/text.ts";
import type { GovernanceState } from "../validate/repository.ts";
import { charterPeople } from "../validate/rules/report.ts";
import { runRules } from "../validate/rules/rule.ts";
import { cadenceOf, duePeriods, latestDuePeriod, type ReportPeriod } from "./report-periods.ts";
import { HEALTH_RULES } from "./rules/health/index.ts";
import { leadershipNeeded } from "./rules/health/leadership.ts";
import { decideGrants } from "./sweep-grants.ts";
import { atRiskIssue, name, reminderIssue, renewalIssue } from "./sweep-issues.ts";
import type {
  Closing,
  SweepFindings,
  SweepInput,
  SweepPlan,
  TrackingKind,
  WantedIssue,
} from "./sweep-model.ts";
import { summaryLine, summaryText } from "./sweep-summary.ts";
import { trackingKeyOf } from "./sweep-tracking.ts";

/**
 * Issues closed since this date are read with the open ones: the most recent due date of any cadence in use.
 * Reminders are only opened for the period that fell due last, so nothing closed earlier can be opened again.
 */
export function recentSince(state: GovernanceState, now: Date): string {
  const today = isoDate(now);
  const cadences = new Set(
    [...state.workgroups.values()].flatMap((wg) => (wg.charter ? [cadenceOf(wg.charter, state.config)] : [])),
  );
  cadences.add("monthly");
  const dues = [...cadences].map((c) => latestDuePeriod(c, state.config.reports.due_day, today).due);
  return dues.sort()[0] as string;
}

export function decideSweep(input: SweepInput): SweepPlan {
  const { state, config, now } = input;
  const today = isoDate(now);
  const tracking: WantedIssue[] = [];
  const close: Closing[] = [];
  const findings: SweepFindings = {
    workgroups: state.workgroups.size,
    unreadable: [],
    overdue: [],
    atRisk: [],
    renewal: [],
    revivable: [],
    grantsClosed: [],
    grantsFlagged: [],
    grantsPastTarget: [],
  };

  // The tracking issues wgbot opened, by work group; duplicates of one key (a race between two runs) are closed.
  const open = new Map<string, { number: number; kind: TrackingKind; key: string; detail?: string }[]>();
  const seen = new Map<string, number>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const tracked = trackingKeyOf(issue, input.self);
    if (!tracked || issue.state !== "open") continue;
    const first = seen.get(tracked.key);
    if (first !== undefined) {
      close.push({
        issue: issue.number,
        comment: `Closing: #${first} tracks the same thing.`,
        reason: "not_planned",
      });
      continue;
    }
    seen.set(tracked.key, issue.number);
    open.set(tracked.slug, [...(open.get(tracked.slug) ?? []), { number: issue.number, ...tracked }]);
  }
  const openOf = (slug: string, kind: TrackingKind) => (open.get(slug) ?? []).filter((t) => t.kind === kind);

  for (const slug of [...open.keys()].sort()) {
    if (state.workgroups.has(slug)) continue;
    const path = `${config.paths.workgroups}/${slug}`;
    for (const t of open.get(slug) ?? [])
      close.push({
        issue: t.number,
        comment: `The work group's folder \`${path}/\` no longer exists, so there is nothing left to track here. Closing.`,
        reason: "not_planned",
      });
  }

  for (const wg of [...state.workgroups.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const charter = wg.charter;
    if (!charter) {
      // Nothing can be decided without a readable charter; its tracking issues stay as they are.
      findings.unreadable.push({
        slug: wg.slug,
        why: wg.charterFound ? "its charter has problems" : "it has no charter",
      });
      continue;
    }
    if (charter.status !== "active") {
      if (charter.status === "inactive") findings.revivable.push(wg.slug);
      const why = `The ${name(charter)} is now ${charter.status}, so no report is due and nothing needs tracking. Closing.`;
      for (const t of open.get(wg.slug) ?? [])
        close.push({ issue: t.number, comment: why, reason: "completed" });
      continue;
    }
    const where =
      input.repo && input.branch
        ? {
            owner: input.owner,
            repo: input.repo,
            branch: input.branch,
            ...(input.repoUrl ? { url: input.repoUrl } : {}),
          }
        : undefined;
    const ctx = { wg, charter, config, today, ...(where ? { where } : {}) };
    const periods = duePeriods(charter, config, today);
    const filed = (p: ReportPeriod) => p.months.some((m) => wg.reports.has(m));

    // Reminders
    const unfiled = periods.filter((p) => !filed(p));
    const latest = periods[periods.length - 1];
    const openReminders = openOf(wg.slug, "reminder");
    for (const reminder of openReminders) {
      const period = periods.find((p) => p.label === reminder.detail);
      if (period && !filed(period)) {
        tracking.push(reminderIssue(ctx, period));
        continue;
      }
      const landed = period ? period.months.find((m) => wg.reports.has(m)) : undefined;
      close.push({
        issue: reminder.number,
        reason: "completed",
        comment: landed
          ? `The report for ${monthName(period?.label ?? landed)} has landed (\`${wg.reports.get(landed)?.path}\`). Thank you!`
          : `No report is due for ${reminder.detail ? monthName(reminder.detail) : "this period"} any more. Closing.`,
      });
    }
    if (
      latest &&
      !filed(latest) &&
      config.reports.reminders &&
      !openReminders.some((r) => r.detail === latest.label)
    )
      tracking.push(reminderIssue(ctx, latest));
    if (unfiled.length > 0) findings.overdue.push({ slug: wg.slug, periods: unfiled.map((p) => p.label) });

    // At risk
    const people = charterPeople(charter);
    const health = runRules(HEALTH_RULES, { charter, people, periods, filed }, config, now);
    const reasons = health.findings.map((f) => f.message);
    const openAtRisk = openOf(wg.slug, "at-risk");
    if (reasons.length > 0) {
      findings.atRisk.push({ slug: wg.slug, reasons });
      tracking.push(atRiskIssue(ctx, reasons, health.labels));
    } else {
      for (const t of openAtRisk)
        close.push({
          issue: t.number,
          reason: "completed",
          comment: `The ${name(charter)} is no longer at risk: its reports are up to date and it has ${plural(people.size, "member")}${leadershipNeeded(config) ? ", with the chairs and board liaison it needs" : ""}. Closing.`,
        });
    }

    // Renewal
    const review = charter.active_time.review;
    const pastReview = review < today;
    if (pastReview) {
      findings.renewal.push({ slug: wg.slug, review });
      tracking.push(renewalIssue(ctx));
    }
    for (const t of openOf(wg.slug, "renewal")) {
      if (pastReview && t.detail === review) continue;
      close.push({
        issue: t.number,
        reason: "completed",
        comment: `The charter's review date is now ${review}. Closing.`,
      });
    }
  }

  const comments = decideGrants(input, findings, close);
  const plan: SweepPlan = { tracking, close, comments, findings, summary: "", text: "" };
  plan.summary = summaryLine(findings);
  plan.text = summaryText(findings, config, today);
  return plan;
}
