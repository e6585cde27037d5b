/**
 * How monthly reports reach the board: each meeting's agenda lists the reports that fell due since the previous
 * meeting — the work group, the period, its highlights, what it asks of the board, and a link to the file.
 *
 * Which reports: those whose period fell due (by `reports.due_day` of the month after it) after the previous meeting
 * and by this one. Every period is so listed at exactly one meeting, the first one by which every on-time report
 * has landed; the sweep keeps the upcoming meeting's agenda current as reports land. The due date stands for the
 * filing date because it is known from the file's name alone (no history to read); a report filed after its
 * meeting's agenda was last refreshed is not carried to the next one — its chairs' reminder and the status page
 * still show it.
 *
 * The section is rendered here, as a heading and a table, so a refresh by a flow that does not read reports (a
 * board decision, a new escalation) can find it in the agenda and keep what the last sweep wrote rather than drop
 * it. Every cell's user text is escaped onto one line, so no one can forge that heading or end the table early.
 */
import type { Config } from "../config/types.ts";
import type { Report } from "../generated/report.ts";
import { escapeMarkdown } from "../render/escape.ts";
import { checkYamlDocument } from "../schema/yaml-document.ts";
import { addDays, monthName, parseDate } from "../util/dates.ts";
import { truncate } from "../util/text.ts";
import type { GovernanceState } from "../validate/repository.ts";
import { meetingsBetween } from "./calendar.ts";
import { cadenceOf, periodOf } from "./report-periods.ts";

const HEADING = "### Work group reports since the last meeting (";

/** The meeting before `meeting` (within the 13 months before it), or undefined when there is none. */
export function previousMeeting(board: Config["board"], meeting: string): string | undefined {
  const day = parseDate(meeting);
  return meetingsBetween(board, addDays(day, -400), addDays(day, -1)).at(-1);
}

export interface ReportFile {
  slug: string;
  /** The work group's name, from its charter when it is readable. */
  name: string;
  /** The period the report is named after (YYYY-MM). */
  month: string;
  path: string;
}

/** The reports whose period fell due after the previous meeting and by this one, by work group then month. */
export function reportsForMeeting(state: GovernanceState, config: Config, meeting: string): ReportFile[] {
  const after = previousMeeting(config.board, meeting) ?? "";
  const found: ReportFile[] = [];
  for (const wg of [...state.workgroups.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const cadence = wg.charter ? cadenceOf(wg.charter, config) : "monthly";
    for (const report of [...wg.reports.values()].sort((a, b) => (a.month < b.month ? -1 : 1))) {
      const { due } = periodOf(report.month, cadence, config.reports.due_day);
      if (due > after && due <= meeting)
        found.push({
          slug: wg.slug,
          name: wg.charter?.name ?? wg.slug,
          month: report.month,
          path: report.path,
        });
    }
  }
  return found;
}

/**
 * At most this many reports are listed on one agenda, so the agenda stays within what GitHub lets an issue hold (its
 * decisions come first and are never cut) and their text is read in one query; a last row counts the rest.
 */
export const AGENDA_REPORTS_SHOWN = 100;

/** The reports the agenda lists in full: the ones whose text the sweep reads. */
export function shownReports(reports: readonly ReportFile[]): readonly ReportFile[] {
  return reports.slice(0, AGENDA_REPORTS_SHOWN);
}

/** At most this many highlights per report on the agenda; the link leads to the rest. */
const HIGHLIGHTS_SHOWN = 3;
const CELL_CHARS = 140;

/**
 * The agenda's reports section: one row per report (the first AGENDA_REPORTS_SHOWN, then a row counting the rest),
 * its text read from `texts` (path → YAML), linked to the file on `branch`. A report that cannot be read is still
 * listed, with a word saying so. Empty when there is no report.
 */
export function renderReportsSection(
  reports: readonly ReportFile[],
  texts: ReadonlyMap<string, string>,
  branch: string,
  /** The repository's web address, when known: the links are then whole, for the notification email too. */
  repoUrl?: string,
): string {
  if (reports.length === 0) return "";
  const rows = shownReports(reports).map((r) => {
    const text = texts.get(r.path);
    const data = text === undefined ? undefined : checkYamlDocument<Report>(r.path, text, "report").data;
    const cell = (items: readonly string[] | undefined, none: string) => {
      if (!data) return "the report could not be read: see the file";
      const list = items ?? [];
      if (list.length === 0) return none;
      const shown = list.slice(0, HIGHLIGHTS_SHOWN).map((i) => escapeMarkdown(truncate(i, CELL_CHARS)));
      const more = list.length - shown.length;
      return `${shown.join(" · ")}${more > 0 ? ` · and ${more} more` : ""}`;
    };
    // Without the address, relative to the agenda issue (…/<owner>/<repo>/issues/<n>): the file, whatever the host.
    const url = `${repoUrl ? `${repoUrl.replace(/\/+$/, "")}/` : "../"}blob/${branch}/${r.path}`;
    return `| ${escapeMarkdown(truncate(r.name, 80))} | ${monthName(r.month)} | ${cell(data?.highlights, "none")} | ${cell(data?.board_asks, "none")} | [${r.month}.yml](${encodeURI(url)}) |`;
  });
  const rest = reports.length - rows.length;
  if (rest > 0)
    rows.push(
      `| and ${rest} more ${rest === 1 ? "report" : "reports"} | | | | in each work group's \`reports/\` folder |`,
    );
  return [
    `${HEADING}${reports.length})`,
    "",
    "| Work group | Period | Highlights | Asks of the board | Report |",
    "|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * The reports section of an agenda body wgbot wrote — its heading line, the blank line, and the table's rows — as it
 * is, or "" when it has none: what a refresh that does not read the reports keeps.
 */
export function keptReportsSection(body: string | null | undefined): string {
  const lines = (body ?? "").split("\n");
  const start = lines.findIndex((l) => l.startsWith(HEADING));
  if (start < 0 || lines[start + 1] !== "") return "";
  let end = start + 2;
  while (end < lines.length && (lines[end] as string).startsWith("|")) end++;
  return lines.slice(start, end).join("\n");
}
