/**
 * The report pull request flow: a pull request that changes governance files (monthly reports, charters): from the changed files' texts
 * at the head, the work groups' charters on the base branch, the author and `now`, decide the check run (problems
 * as line annotations, a conclusion, a plain summary), the labels, and whether the board must review it. Pure.
 *
 * - Every changed report and charter is validated by the same engine as `wgbot validate` (schema, then rules).
 * - The pull request's author must be a chair or member of the work group according to its charter on the BASE
 *   branch: a pull request cannot make itself valid by adding its author to the charter.
 * - Board review: a report with `board_asks`, a new or removed charter, or a charter whose participants or status
 *   differ from the base branch's.
 */
import type { Config } from "../config/types.ts";
import { type Finding, placeFindings } from "../finding.ts";
import type { Charter } from "../generated/charter.ts";
import type { Report } from "../generated/report.ts";
import type { CheckRunResult } from "../model/write.ts";
import { type Problem, problem, sortProblems } from "../problems.ts";
import type { GovernanceBytes } from "../repo/decode.ts";
import type { GovernancePath } from "../repo/paths.ts";
import { type CheckedDocument, checkYamlDocument } from "../schema/yaml-document.ts";
import { monthName, monthOf } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import { charterRules } from "../validate/rules/charter.ts";
import { reportRules } from "../validate/rules/report.ts";
import { authorFinding, type BaseCharter, charterChanges, parseBaseCharter } from "./base-charter.ts";
import { checkRunOf } from "./report-pr-check-run.ts";
import { ownedPullLabels } from "./rules/pull-request.ts";

export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "removed" | "renamed" | string;
  where: GovernancePath;
  /** Its bytes at the head, decoded as `wgbot validate` decodes them: undefined when removed, null when not a file. */
  head?: GovernanceBytes | null;
}

export interface ReportPrInput {
  config: Config;
  now: Date;
  pull: { number: number; author: string; labels: string[]; headSha: string; baseRef: string };
  /** The governance files the pull request changes (reports, charters, misplaced files under the folder). */
  files: ChangedFile[];
  /** Each touched work group's charter on the base branch (undefined: none; null: unreadable). */
  baseCharters: ReadonlyMap<string, GovernanceBytes | null | undefined>;
}

export interface ReportPrPlan {
  problems: Problem[];
  checkRun: CheckRunResult;
  /** The labels the pull request should carry, among those this flow owns. */
  labels: string[];
  ownsLabel: (label: string) => boolean;
  /** Why the board must review it; empty when it need not. */
  boardReview: string[];
  summary: string;
}

/** The labels this flow manages on pull requests; every other label is left alone. */
export function ownsPullLabel(config: Config): (label: string) => boolean {
  const L = config.labels;
  const owned = ownedPullLabels(config);
  return (label) => owned.has(label) || label.startsWith(L.workgroup_prefix);
}

export function decideReportPr(input: ReportPrInput): ReportPrPlan {
  const { config, pull, now } = input;
  const problems: Problem[] = [];
  const boardReview: string[] = [];
  const slugs = new Set<string>();
  let reports = 0;
  let charters = 0;
  const base = new Map<string, BaseCharter>();
  const baseOf = (slug: string): BaseCharter => {
    let known = base.get(slug);
    if (!known) {
      known = parseBaseCharter(input.baseCharters.get(slug), slug, config);
      base.set(slug, known);
    }
    return known;
  };

  for (const file of input.files) {
    const { where, path } = file;
    if ("slug" in where && where.slug) slugs.add(where.slug);
    if (where.kind === "report") reports++;
    if (where.kind === "charter") charters++;
    if (file.status === "removed") {
      if (where.kind === "charter") boardReview.push(`it removes the charter of \`${where.slug}\``);
      continue;
    }
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint, line: 1, column: 1 }));
      continue;
    }
    if (where.kind === "config") continue;
    if (file.head === null || file.head === undefined) {
      problems.push(
        problem(path, "repo.unreadable", "The path is not a plain file, so it could not be checked.", {
          hint: "Governance files are short YAML files (not folders, links or submodules).",
          line: 1,
        }),
      );
      continue;
    }
    if (where.kind === "charter") {
      const doc = checkYamlDocument<Charter>(path, file.head, "charter");
      problems.push(...doc.problems);
      if (!doc.data) continue;
      problems.push(
        ...placeFindings(path, charterRules(doc.data, { config, folderSlug: where.slug }), doc.locate),
      );
      const before = baseOf(where.slug);
      if (before.kind === "missing") boardReview.push(`it adds a new work group, \`${where.slug}\``);
      else if (before.kind === "valid") {
        const changes = charterChanges(before.charter, doc.data);
        if (changes.length > 0) boardReview.push(`it changes the ${listing(changes)} of \`${where.slug}\``);
      }
      continue;
    }
    // A report
    const doc = checkYamlDocument<Report>(path, file.head, "report");
    problems.push(...doc.problems);
    const before = baseOf(where.slug);
    const findings: Finding[] = [authorFinding(pull, where.slug, before, input.config)].filter(
      (f): f is Finding => f !== undefined,
    );
    if (doc.data) {
      const charter =
        before.kind === "valid" ? before.charter : before.kind === "invalid" ? "invalid" : undefined;
      const rules = reportRules(doc.data, {
        folderSlug: where.slug,
        fileMonth: where.month,
        charter,
        currentMonth: monthOf(now),
      });
      // The author check already says when the base branch has no charter.
      findings.push(...rules.filter((f) => f.code !== "rule.no-charter"));
      if ((doc.data.board_asks ?? []).length > 0)
        boardReview.push(
          `the ${monthName(where.month)} report of \`${where.slug}\` asks the board for something`,
        );
    }
    problems.push(...place(path, doc, findings));
  }

  const sorted = sortProblems(problems);
  const L = config.labels;
  const moved = [L.approved, L.declined, L.deferred].some((l) => pull.labels.includes(l));
  const status = moved
    ? pull.labels.filter((l) => l === L.board_review)
    : boardReview.length > 0
      ? [L.board_review]
      : [];
  const labels = [
    ...(reports > 0 ? [L.report] : []),
    ...(charters > 0 ? [L.charter] : []),
    ...[...slugs].sort().map((slug) => `${L.workgroup_prefix}${slug}`),
    ...status,
  ];
  const checkRun = checkRunOf({ headSha: pull.headSha, files: input.files }, sorted, boardReview, {
    reports,
    charters,
  });
  const errors = sorted.filter((p) => p.severity === "error").length;
  return {
    problems: sorted,
    checkRun,
    labels,
    ownsLabel: ownsPullLabel(config),
    boardReview,
    summary: `PR #${pull.number}: ${checkRun.conclusion}, ${plural(errors, "error")}${boardReview.length ? ", board review" : ""}`,
  };
}

function place(path: string, doc: CheckedDocument<unknown>, findings: Finding[]): Problem[] {
  // A finding about the whole document (path []) is placed on the first line.
  return placeFindings(path, findings, (p, at) =>
    p.length === 0 ? { line: 1, column: 1 } : doc.locate(p, at),
  );
}
