/**
 * The sweep: one pure decision over the whole repository's state, the issues wgbot tracks and `now`.
 *
 * - Reports: a period not reported by its due day gets one reminder issue per work group and period, assigned to
 *   and mentioning the chairs; wgbot closes it with a short comment when the report lands. Only the period that
 *   fell due most recently gets a new reminder; older reminders stay open until their report lands.
 * - At risk: `reports.missed_for_at_risk` consecutive missed periods, or fewer members than
 *   `workgroups.at_risk_min_members`, opens one tracking issue per work group (labels `status/at-risk` and
 *   `wg/<slug>`, which the board agenda lists); closed when the group recovers.
 * - Renewal: a charter past its review date opens a tracking issue labelled for board review; closed when the
 *   charter gets a new review date or stops being active. Inactive work groups are listed as revivable.
 * - Grants: a request left in needs-info with no word from its author for `grants.needs_info_close_days` is closed
 *   as not planned with a friendly comment; one waiting for the Grants WG longer than
 *   `grants.grants_wg_review_days` gets one comment (never repeated).
 *
 * Tracking issues are found again by a hidden marker on the first line of their body
 * (`<!-- wgbot:reminder packaging 2026-10 -->`), only in issues wgbot's own account opened (`self`). A tracking
 * issue that is closed — by wgbot or by a person — since the most recent due date counts as existing, so an hourly
 * sweep never opens a second one, and a reminder a chair closes by hand stays closed.
 */
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import { isSelf, marker, markerName, type Self } from "../model/markers.ts";
import { escapeMarkdown, neutraliseMentions } from "../render/escape.ts";
import { daysBetween, isoDate, monthName } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import type { GovernanceState, WorkGroupState } from "../validate/repository.ts";
import { charterPeople } from "../validate/rules/report.ts";
import { cadenceOf, duePeriods, latestDuePeriod, type ReportPeriod } from "./report-periods.ts";

export interface IssueUser {
  login: string;
  type?: string;
}

/** An issue as the sweep reads it (pull requests are left out by the gather step). */
export interface SweepIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  author: IssueUser | null;
  created_at: string;
  updated_at: string;
}

/** One entry of an issue's timeline: a comment (`commented`) or a label added (`labeled`). */
export interface TimelineEvent {
  event: string;
  created_at: string;
  actor?: IssueUser | null;
  user?: IssueUser | null;
  label?: { name: string };
  body?: string | null;
}

export interface SweepInput {
  state: GovernanceState;
  /** Open issues, and issues closed since `recentSince(…)`. */
  issues: readonly SweepIssue[];
  /** The timelines of the grant requests `grantCandidates` picked. */
  timelines: ReadonlyMap<number, readonly TimelineEvent[]>;
  config: Config;
  now: Date;
  /** The repository owner, for the Grants WG team mention (`@owner/team`). */
  owner: string;
  /** wgbot's own account: only its issues and comments are its tracking issues and sweep comments. */
  self: Self;
}

export type TrackingKind = "reminder" | "at-risk" | "renewal";

/** A tracking issue that should be open. */
export interface WantedIssue {
  key: string;
  title: string;
  /** The body without its marker line. */
  body: string;
  labels: string[];
  assignees: string[];
}

export interface Closing {
  issue: number;
  comment: string;
  reason: "completed" | "not_planned";
}

export interface SweepComment {
  issue: number;
  /** Marker name: the comment is written once, found again by it. */
  marker: string;
  body: string;
}

export interface SweepFindings {
  workgroups: number;
  /** Work groups whose charter is missing or has problems: nothing is decided for them. */
  unreadable: { slug: string; why: string }[];
  overdue: { slug: string; periods: string[] }[];
  atRisk: { slug: string; reasons: string[] }[];
  renewal: { slug: string; review: string }[];
  revivable: string[];
  grantsClosed: number[];
  grantsFlagged: number[];
}

export interface SweepPlan {
  tracking: WantedIssue[];
  close: Closing[];
  comments: SweepComment[];
  findings: SweepFindings;
  /** One line for logs. */
  summary: string;
  /** The findings in Markdown, for the CLI and a job summary. */
  text: string;
}

const TRACKING = /^(reminder|at-risk|renewal) ([a-z0-9-]+)(?: ([0-9-]+))?$/;

export function trackingKey(kind: TrackingKind, slug: string, detail?: string): string {
  return detail ? `${kind} ${slug} ${detail}` : `${kind} ${slug}`;
}

export function trackingMarker(key: string): string {
  return marker(key);
}

/**
 * The tracking key of an issue wgbot opened, read from its marker; undefined for any other issue — one a person or
 * another app opened with the same marker must not hijack it.
 */
export function trackingKeyOf(
  issue: Pick<SweepIssue, "body" | "author">,
  self: Self,
): { key: string; kind: TrackingKind; slug: string; detail?: string } | undefined {
  if (!isSelf(self, issue.author)) return undefined;
  const match = TRACKING.exec(markerName(issue.body) ?? "");
  if (!match) return undefined;
  const [, kind, slug, detail] = match as unknown as [string, TrackingKind, string, string | undefined];
  return { key: trackingKey(kind, slug, detail), kind, slug, ...(detail ? { detail } : {}) };
}

/**
 * Issues closed since this date are read with the open ones: the most recent due date of any cadence in use.
 * Reminders are only opened for the period that fell due last, so nothing closed earlier can be opened again.
 */
export function recentSince(state: GovernanceState, now: Date): string {
  const today = isoDate(now);
  const cadences = new Set(
    [...state.workgroups.values()].flatMap((wg) => (wg.charter ? [cadenceOf(wg.charter)] : [])),
  );
  cadences.add("monthly");
  const dues = [...cadences].map((c) => latestDuePeriod(c, state.config.reports.due_day, today).due);
  return dues.sort()[0] as string;
}

/** The grant requests whose timeline the sweep needs: old enough that a rule could apply to them. */
export function grantCandidates(issues: readonly SweepIssue[], config: Config, now: Date): number[] {
  const L = config.labels;
  return issues
    .filter((issue) => {
      if (issue.state !== "open" || !issue.labels.includes(L.grant)) return false;
      if ([L.approved, L.declined, L.deferred].some((l) => issue.labels.includes(l))) return false;
      const age = daysBetween(new Date(issue.created_at), now);
      if (issue.labels.includes(L.needs_info)) return age >= config.grants.needs_info_close_days;
      return (
        issue.labels.includes(L.grants_wg_review) &&
        !issue.labels.includes(L.board_review) &&
        age > config.grants.grants_wg_review_days
      );
    })
    .map((issue) => issue.number);
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
    const ctx = { wg, charter, config, today };
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
    let streak = 0;
    for (let i = periods.length - 1; i >= 0 && !filed(periods[i] as ReportPeriod); i--) streak++;
    const missed = periods.slice(periods.length - streak);
    const people = charterPeople(charter);
    const reasons: string[] = [];
    if (streak >= config.reports.missed_for_at_risk)
      reasons.push(
        `it has missed ${plural(streak, "report")} in a row (${months(missed.map((p) => p.label))})`,
      );
    if (people.size < config.workgroups.at_risk_min_members)
      reasons.push(
        `it has ${plural(people.size, "member")}, chairs included; a work group needs at least ${config.workgroups.at_risk_min_members}`,
      );
    const openAtRisk = openOf(wg.slug, "at-risk");
    if (reasons.length > 0) {
      findings.atRisk.push({ slug: wg.slug, reasons });
      tracking.push(atRiskIssue(ctx, reasons));
    } else {
      for (const t of openAtRisk)
        close.push({
          issue: t.number,
          reason: "completed",
          comment: `The ${name(charter)} is no longer at risk: its reports are up to date and it has ${plural(people.size, "member")}. Closing.`,
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

interface WorkGroupContext {
  wg: WorkGroupState;
  charter: Charter;
  config: Config;
  today: string;
}

function name(charter: Charter): string {
  return `**${escapeMarkdown(charter.name)}**`;
}

/** A plain one-line title from user text: no line breaks, no mentions, not too long. */
function titleText(text: string): string {
  const single = neutraliseMentions(text.replace(/\s+/g, " ").trim());
  return single.length > 80 ? `${single.slice(0, 79)}…` : single;
}

function chairMentions(charter: Charter): string {
  return charter.participants.chairs.map((c) => `@${c}`).join(", ");
}

function chairsLine(charter: Charter): string {
  return `Chairs: ${chairMentions(charter)}`;
}

function wgLabel(config: Config, slug: string): string {
  return `${config.labels.workgroup_prefix}${slug}`;
}

function reminderIssue({ wg, charter, config }: WorkGroupContext, period: ReportPeriod): WantedIssue {
  const file = `${config.paths.workgroups}/${wg.slug}/reports/${period.label}.yml`;
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
      `A work group that misses ${plural(config.reports.missed_for_at_risk, "report")} in a row is at risk and goes to the board. If the work group has paused, say so here.`,
    ].join("\n"),
    labels: [config.labels.report, wgLabel(config, wg.slug)],
    assignees: [...charter.participants.chairs],
  };
}

function atRiskIssue({ wg, charter, config }: WorkGroupContext, reasons: string[]): WantedIssue {
  return {
    key: trackingKey("at-risk", wg.slug),
    title: `Work group at risk: ${titleText(charter.name)}`,
    body: [
      `The ${name(charter)} is at risk:`,
      ...reasons.map((r) => `- ${r};`),
      "",
      "This issue is on the board's agenda. wgbot closes it when the work group recovers (its reports are up to date and it has enough members), or when the board sets its status to inactive in its charter.",
      "",
      chairsLine(charter),
    ].join("\n"),
    labels: [config.labels.at_risk, wgLabel(config, wg.slug)],
    assignees: [],
  };
}

function renewalIssue({ wg, charter, config }: WorkGroupContext): WantedIssue {
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

export const NEEDS_INFO_CLOSED = "needs-info-closed";
export const REVIEW_OVERDUE = "grants-wg-review-overdue";

function decideGrants(input: SweepInput, findings: SweepFindings, close: Closing[]): SweepComment[] {
  const { config, now, owner } = input;
  const L = config.labels;
  const comments: SweepComment[] = [];
  for (const number of grantCandidates(input.issues, config, now)) {
    const issue = input.issues.find((i) => i.number === number) as SweepIssue;
    const timeline = input.timelines.get(number) ?? [];
    const who = (e: TimelineEvent) => (e.actor ?? e.user)?.login?.toLowerCase();
    const labelled = (label: string) =>
      timeline.filter((e) => e.event === "labeled" && e.label?.name === label).map((e) => e.created_at);
    // Only wgbot's own comment: another account's comment with the marker must not silence wgbot.
    const hasMarker = (name: string) =>
      timeline.some(
        (e) =>
          e.event === "commented" && isSelf(input.self, e.actor ?? e.user) && markerName(e.body) === name,
      );
    const author = issue.author?.login ?? "";
    if (issue.labels.includes(L.needs_info)) {
      const authorComments = timeline
        .filter((e) => e.event === "commented" && who(e) === author.toLowerCase())
        .map((e) => e.created_at);
      const since = latest([issue.created_at, ...labelled(L.needs_info), ...authorComments]);
      if (daysBetween(new Date(since), now) < config.grants.needs_info_close_days) continue;
      findings.grantsClosed.push(number);
      if (!hasMarker(NEEDS_INFO_CLOSED))
        comments.push({
          issue: number,
          marker: NEEDS_INFO_CLOSED,
          body: `Hello @${author}: this grant request has been waiting for more information since ${isoDate(new Date(since))}, ${config.grants.needs_info_close_days} days or more without an answer, so wgbot is closing it for now. Nothing is lost: open a new request from the form with the missing details (or ask a maintainer to reopen this one and edit it), and it is checked again straight away. Thank you for applying!`,
        });
      close.push({ issue: number, comment: "", reason: "not_planned" });
      continue;
    }
    const since = latest([issue.created_at, ...labelled(L.grants_wg_review)]);
    if (daysBetween(new Date(since), now) <= config.grants.grants_wg_review_days) continue;
    if (hasMarker(REVIEW_OVERDUE)) continue;
    findings.grantsFlagged.push(number);
    const team = config.teams.mention_grants_wg ? `@${owner}/${config.teams.grants_wg}` : "Grants Work Group";
    comments.push({
      issue: number,
      marker: REVIEW_OVERDUE,
      body: `This grant request has been waiting for the Grants Work Group's review since ${isoDate(new Date(since))}, more than ${config.grants.grants_wg_review_days} days. ${team}: please record a recommendation with \`/recommend approve [amount]\` or \`/recommend decline\`.`,
    });
  }
  return comments;
}

/** Consecutive months, kept short: more than three read "June 2025 to October 2026". */
function months(labels: readonly string[]): string {
  if (labels.length <= 3) return listing(labels.map(monthName));
  return `${monthName(labels[0] as string)} to ${monthName(labels[labels.length - 1] as string)}`;
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

function summaryLine(f: SweepFindings): string {
  const parts = [
    `${plural(f.workgroups, "work group")}`,
    `${f.overdue.length} with overdue reports`,
    `${f.atRisk.length} at risk`,
    `${f.renewal.length} past review`,
    `${f.revivable.length} revivable`,
  ];
  if (f.grantsClosed.length) parts.push(`${plural(f.grantsClosed.length, "grant")} closed`);
  if (f.grantsFlagged.length) parts.push(`${plural(f.grantsFlagged.length, "grant")} flagged`);
  return `sweep: ${parts.join(", ")}`;
}

function summaryText(f: SweepFindings, config: Config, today: string): string {
  const lines = [`### wgbot sweep, ${today}`, "", `${plural(f.workgroups, "work group")} checked.`, ""];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, ...items.map((i) => `- ${i}`), "");
  };
  section(
    "Overdue reports",
    f.overdue.map(
      (o) =>
        `${o.slug}: ${o.periods.length <= 3 ? listing(o.periods.map(monthName)) : `${o.periods.length} missing, the latest for ${monthName(o.periods[o.periods.length - 1] as string)}`}`,
    ),
  );
  section(
    "At risk",
    f.atRisk.map((a) => `${a.slug}: ${a.reasons.join("; ")}`),
  );
  section(
    "Charters past their review date",
    f.renewal.map((r) => `${r.slug} (review date ${r.review})`),
  );
  section(
    "Inactive work groups that can be revived",
    f.revivable.map((s) => `${s}: set \`status: active\` with a new review date in its charter`),
  );
  section(
    `Grant requests closed after ${config.grants.needs_info_close_days} days in needs-info`,
    f.grantsClosed.map((n) => `#${n}`),
  );
  section(
    `Grant requests waiting for the Grants WG over ${config.grants.grants_wg_review_days} days`,
    f.grantsFlagged.map((n) => `#${n}`),
  );
  section(
    "Not checked",
    f.unreadable.map((u) => `${u.slug}: ${u.why}`),
  );
  if (lines.length === 4) lines.push("Nothing needs attention.");
  return `${lines.join("\n").trim()}\n`;
}
