/**
 * The board as the dashboard shows it: the coming meetings with what is on each, and the decisions already made.
 *
 * An item is on a meeting when its milestone is the meeting's (`Board meeting YYYY-MM-DD`). An item in board review
 * that no milestone holds yet, and — when issues were not read — the work groups at risk or past their review date
 * read from the files, are shown on the meeting that would review them if escalated today: the sweep puts them there.
 */
import type { Config } from "../../config/types.ts";
import { addDays, daysBetween, parseDate } from "../../util/dates.ts";
import { onAgenda } from "../agenda.ts";
import { grantAmount, type ItemKind, itemKind } from "../board-item.ts";
import { daysUntil, meetingOf, meetingsBetween, reviewingMeeting } from "../calendar.ts";
import type { DecisionView, FoundationItem, MeetingItem, MeetingView, WorkGroupView } from "./model.ts";

const KIND_NAMES: Record<ItemKind, string> = {
  charter: "Charter proposal",
  grant: "Grant request",
  report: "Report asking the board",
  "at-risk": "Work group at risk",
  renewal: "Charter due for renewal",
  other: "Other",
};

/** How far ahead meetings are listed, and how many at most. */
const AHEAD_DAYS = 200;
const MAX_MEETINGS = 3;

export function upcomingMeetings(
  config: Config,
  now: Date,
  items: readonly FoundationItem[] | undefined,
  workgroups: readonly WorkGroupView[],
): MeetingView[] {
  const dates = meetingsBetween(config.board, now, addDays(now, AHEAD_DAYS)).slice(0, MAX_MEETINGS);
  const reviewing = reviewingMeeting(config.board, now);
  if (reviewing && !dates.includes(reviewing)) dates.push(reviewing);
  const L = config.labels;
  return dates.sort().map((date) => {
    const on: MeetingItem[] = [];
    for (const item of items ?? []) {
      const scheduled = meetingOf(item);
      const escalated = item.state === "open" && item.labels.includes(L.board_review);
      if (scheduled === date ? onAgenda(item, config) : !scheduled && escalated && date === reviewing)
        on.push(meetingItem(item, config));
    }
    if (items === undefined && date === reviewing) {
      for (const wg of workgroups) {
        if (wg.atRisk.length > 0)
          on.push({ title: `${wg.name}: ${wg.atRisk.join("; ")}`, kind: KIND_NAMES["at-risk"] });
        if (wg.pastReview)
          on.push({ title: `${wg.name}: review date ${wg.review}`, kind: KIND_NAMES.renewal });
      }
    }
    return { date, daysAway: daysUntil(now, date), items: on };
  });
}

function meetingItem(item: FoundationItem, config: Config): MeetingItem {
  const L = config.labels;
  const decision = item.labels.includes(L.approved)
    ? "Approved"
    : item.labels.includes(L.declined)
      ? "Declined"
      : item.labels.includes(L.deferred)
        ? "Deferred"
        : undefined;
  return {
    number: item.number,
    title: item.title,
    kind: KIND_NAMES[itemKind(item, config)],
    ...(decision ? { decision } : {}),
  };
}

/** Approved and declined charter proposals and grant requests, newest first, within `sinceDays`. */
export function pastDecisions(
  items: readonly FoundationItem[] | undefined,
  config: Config,
  now: Date,
  sinceDays = 366,
): DecisionView[] {
  const L = config.labels;
  const views: DecisionView[] = [];
  for (const item of items ?? []) {
    const kind = itemKind(item, config);
    if (kind !== "charter" && kind !== "grant") continue;
    const outcome = item.labels.includes(L.approved)
      ? "approved"
      : item.labels.includes(L.declined)
        ? "declined"
        : undefined;
    if (!outcome) continue;
    const date = (item.closedAt ?? item.createdAt).slice(0, 10);
    if (daysBetween(parseDate(date), now) > sinceDays) continue;
    const amount = kind === "grant" ? grantAmount(item, config)?.text : undefined;
    views.push({
      number: item.number,
      title: item.title,
      kind: KIND_NAMES[kind],
      outcome,
      date,
      ...(amount ? { amount } : {}),
    });
  }
  return views.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.number - a.number));
}
