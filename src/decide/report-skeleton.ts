/**
 * A report that starts itself: the YAML skeleton of one work group's report for one period, with the work group,
 * the period and who submits it filled in, and every section empty with a hint. `wgbot new report` writes it to
 * disk; the sweep's reminder issue shows it and links to GitHub's "new file" page with it filled in. One function
 * for both, so the two never drift apart.
 *
 * The skeleton is not valid as it stands, on purpose: `highlights` needs at least one entry, and `submitted_by` is
 * empty when wgbot cannot tell who writes. Once those are filled it is valid against schemas/report.schema.json:
 * the optional sections are commented out until someone uses them.
 */
import type { Config } from "../config/types.ts";
import { addMonths, monthName } from "../util/dates.ts";
import { type Cadence, periodOf, type ReportPeriod } from "./report-periods.ts";

export interface SkeletonInput {
  slug: string;
  /** The work group's name, from its charter, for the first comment line. */
  name?: string;
  period: ReportPeriod;
  /** The GitHub login of who files it; left empty (to fill in) when undefined. */
  submittedBy?: string;
  config: Config;
}

/** Where a report for this period lives in the repository. */
export function reportPath(config: Config, slug: string, period: string): string {
  return `${config.paths.workgroups}/${slug}/reports/${period}.yml`;
}

/** The optional sections, with their hints: commented out until used. */
const OPTIONAL: [string, string][] = [
  ["activities", "What the work group did, one line each."],
  ["blockers", "What slows the work group down."],
  ["board_asks", "Decisions or help needed from the board: each one puts this report on the board's agenda."],
  ["next_steps", "What the work group plans next."],
];

export function reportSkeleton({ slug, name, period, submittedBy, config }: SkeletonInput): string {
  // The schema lives at the repository's root (wgbot init copies it there): as many `../` as folders deep.
  const depth = reportPath(config, slug, period.label).split("/").length - 1;
  const what =
    period.months.length === 1
      ? monthName(period.label)
      : `the quarter ${monthName(period.months[0] as string)} to ${monthName(period.label)}`;
  const lines = [
    `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/report.schema.json`,
    `# Report of the ${name ? oneLine(name) : slug} for ${what}, due by ${period.due}.`,
    '# Fill in the highlights; the other sections are optional: remove the "# " (the hash and the space after it) in front of the ones you use.',
    `workgroup: ${slug}`,
    `period: "${period.label}"`,
    submittedBy
      ? `submitted_by: ${submittedBy}`
      : "submitted_by: # your GitHub login, without @ (a chair or member of the work group)",
    "highlights:",
    "  # The most important outcomes of the period, a few words each (at least one).",
    "  - ",
    "# metrics:",
    "#   # Numbers that show progress.",
    "#   - name: Pull requests merged",
    "#     value: 0",
    "# spending:",
    "#   # Money spent from the work group's budget (a number, and a currency code if not the base one).",
    "#   - description: ",
    "#     amount: 0",
  ];
  for (const [key, hint] of OPTIONAL) lines.push(`# ${key}:`, `#   # ${hint}`, "#   - ");
  return `${lines.join("\n")}\n`;
}

/** A name on one line, with nothing that could end the comment line early. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The period a new report is for by default: the last period that has ended by `today` (YYYY-MM-DD), the one
 * whose report falls due next (by `reports.due_day` of the month after it). A quarter still running is not over.
 */
export function defaultPeriod(cadence: Cadence, config: Config, today: string): ReportPeriod {
  const previous = addMonths(today.slice(0, 7), -1);
  const period = periodOf(previous, cadence, config.reports.due_day);
  if (period.label <= previous) return period;
  return periodOf(addMonths(period.months[0] as string, -1), cadence, config.reports.due_day);
}

/** GitHub's addresses are refused past about 8,000 characters: a link longer than this is left out. */
export const MAX_NEW_FILE_URL = 8000;

/**
 * The link that opens GitHub's "new file" page (`https://github.com/<owner>/<repo>/new/<branch>?filename=…&value=…`)
 * with the file named and filled in, or undefined when it would be too long for GitHub. `url` is the repository's
 * address as GitHub gives it (on GitHub Enterprise Server, its own host): the link is whole, so it works in a
 * notification email as well as on the issue. Without it, the link is relative to an issue of the repository
 * (`../new/…` from `…/issues/<n>`); the length is checked on the whole address either way.
 */
export function newFileUrl(
  where: { owner: string; repo: string; branch: string; url?: string },
  path: string,
  content: string,
): string | undefined {
  const page = `new/${where.branch.split("/").map(encodeURIComponent).join("/")}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
  const base = where.url?.replace(/\/+$/, "");
  const whole = `${base ?? `https://github.com/${where.owner}/${where.repo}`}/${page}`;
  if (whole.length > MAX_NEW_FILE_URL) return undefined;
  return base ? whole : `../${page}`;
}
