/**
 * `wgbot new report <slug> [--month YYYY-MM] [--by <login>]`: writes a prefilled report for a work group — the
 * work group, the period, who submits it, and every section empty with a hint (decide/report-skeleton.ts, the same
 * skeleton the sweep's reminder issue shows). It never overwrites a file.
 *
 * Who submits it: `--by`, else GITHUB_ACTOR (set in GitHub Actions and Codespaces), else the work group's chair when
 * it has only one; otherwise the line is left to fill in. git's `user.name` is not used: it is a display name, not
 * a GitHub login, and a wrong login would fail the check on the pull request.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { cadenceOf, periodOf, type ReportPeriod } from "../../decide/report-periods.ts";
import { defaultPeriod, reportPath, reportSkeleton } from "../../decide/report-skeleton.ts";
import type { Report } from "../../generated/report.ts";
import { SLUG } from "../../repo/paths.ts";
import { isoDate, monthName } from "../../util/dates.ts";
import { closest } from "../../util/text.ts";
import { readLocalRepositorySync } from "../../validate/read-local.ts";
import { validateRepository } from "../../validate/repository.ts";
import { findRepositoryRoot } from "../../validate/repository-root.ts";
import { workgroupNotActive } from "../../validate/rules/report/workgroup-not-active.ts";
import { UNDATED } from "../../validate/rules/rule.ts";
import { parse } from "../args.ts";
import { defineCommand } from "../command.ts";
import { EXIT, UsageError } from "../io.ts";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export const newCommand = defineCommand(
  {
    name: "new",
    args: "report <slug>",
    maxPositionals: 2,
    summary: "Start a work group's report: writes it prefilled, ready for its highlights.",
    details: [
      "Writes workgroups/<slug>/reports/<YYYY-MM>.yml in the governance repository around the current folder,",
      "with the work group, the period and who submits it filled in, and each section empty with a hint.",
      "The period is by default the last one that has ended (last month; last quarter for a quarterly",
      "group). Who submits it: --by, else GITHUB_ACTOR, else the work group's only chair. An existing file",
      "is never overwritten.",
    ].join("\n"),
    options: {
      month: { type: "string", value: "<YYYY-MM>", help: "The month reported on (default: last month)." },
      by: {
        type: "string",
        value: "<login>",
        help: "GitHub login of who submits it (default: GITHUB_ACTOR).",
      },
    },
    examples: ["wgbot new report packaging", "wgbot new report packaging --month 2026-10 --by alice"],
  },
  async (args, io, spec) => {
    const { values, positionals } = parse(args, spec.options, spec.maxPositionals);
    const [what, slug] = positionals;
    if (what !== "report")
      throw new UsageError(
        what === undefined
          ? "say what to start: wgbot new report <slug>."
          : `wgbot can start a report, not '${what}'.`,
      );
    if (slug === undefined) throw new UsageError("name the work group: wgbot new report <slug>.");
    if (!SLUG.test(slug))
      throw new UsageError(`'${slug}' is not a work group slug: lower-case letters, digits and hyphens.`);
    const month = values.month as string | undefined;
    if (month !== undefined && !MONTH.test(month))
      throw new UsageError(`--month needs a month as YYYY-MM, e.g. --month 2026-10, not '${month}'.`);
    const by = (values.by as string | undefined) ?? (io.env ?? process.env).GITHUB_ACTOR;
    if (by !== undefined && !LOGIN.test(by))
      throw new UsageError(`--by needs a GitHub login without @, e.g. --by alice, not '${by}'.`);

    const root = findRepositoryRoot(io.cwd);
    if (!root) {
      io.stderr(
        `wgbot new: ${io.cwd} is not in a governance repository (no .github/wgbot.yml or workgroups/ folder found here or above).\n`,
      );
      return EXIT.problems;
    }
    const state = validateRepository(readLocalRepositorySync(root), { now: io.now });
    const { config } = state;
    const wg = state.workgroups.get(slug);
    if (!wg?.charterFound) {
      const guess = closest(slug, [...state.workgroups.keys()]);
      io.stderr(
        `wgbot new: there is no work group '${slug}': ${config.paths.workgroups}/${slug}/charter.yml does not exist.${guess ? ` Did you mean '${guess}'?` : ""}\n`,
      );
      return EXIT.problems;
    }
    const charter = wg.charter;
    const cadence = charter ? cadenceOf(charter, config) : "monthly";
    const today = isoDate(io.now);
    let period: ReportPeriod;
    if (month === undefined) period = defaultPeriod(cadence, config, today);
    else {
      period = periodOf(month, cadence, config.reports.due_day);
      // A report is named after its period's last month, and may not be for a month that has not started.
      if (period.label > today.slice(0, 7)) {
        const quarter =
          period.months.length > 1 ? `the quarter ending ${monthName(period.label)}` : monthName(month);
        io.stderr(`wgbot new: ${quarter} has not started yet, so no report can be filed for it.\n`);
        return EXIT.problems;
      }
    }
    // A group that may not report for this period (only proposed, or stopped since) is told so now, in the report
    // rule's own words, rather than handed a file `wgbot validate` will refuse once it is filled in.
    const refused = charter
      ? workgroupNotActive.check(
          {
            report: { workgroup: slug, period: period.label } as Report,
            charter,
            folderSlug: slug,
            fileMonth: period.label,
            currentMonth: today.slice(0, 7),
          },
          config,
          UNDATED,
        )[0]
      : undefined;
    if (refused) {
      io.stderr(
        `wgbot new: ${refused.message}${refused.hint ? ` ${refused.hint}` : ""} Nothing was written.\n`,
      );
      return EXIT.problems;
    }
    const chairs = charter?.participants.chairs ?? [];
    const submittedBy = by ?? (chairs.length === 1 ? chairs[0] : undefined);
    const path = reportPath(config, slug, period.label);
    const text = reportSkeleton({
      slug,
      ...(charter ? { name: charter.name } : {}),
      period,
      ...(submittedBy ? { submittedBy } : {}),
      config,
    });
    await mkdir(dirname(join(root, path)), { recursive: true });
    try {
      // `wx`: never overwrite, even a file that appeared since the repository was read.
      await writeFile(join(root, path), text, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      io.stderr(
        `wgbot new: ${path} already exists, so nothing was written. Edit it, or give another month with --month YYYY-MM.\n`,
      );
      return EXIT.problems;
    }
    const who = submittedBy ? "" : " and `submitted_by` (your GitHub login)";
    io.stdout(
      `Wrote ${path}: the ${period.months.length === 1 ? "report" : "quarterly report"} for ${monthName(period.label)}, due by ${period.due}.\nFill in the highlights${who}, then open a pull request that adds it.\n`,
    );
    return EXIT.ok;
  },
);
