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
import { createHash } from "node:crypto";
import type { Config } from "../config/types.ts";
import type { Charter } from "../generated/charter.ts";
import type { Report } from "../generated/report.ts";
import { marker, markersIn } from "../model/markers.ts";
import type { Annotation, CheckRunResult } from "../model/write.ts";
import { type Problem, problem, sortProblems } from "../problems.ts";
import { codeSpan, escapeMessage } from "../render/escape.ts";
import type { GovernanceBytes } from "../repo/decode.ts";
import type { GovernancePath } from "../repo/paths.ts";
import { monthName, monthOf } from "../util/dates.ts";
import { listing, plural } from "../util/text.ts";
import { error, type Finding, placeFindings } from "../validate/finding.ts";
import { charterRules } from "../validate/rules/charter.ts";
import { reportRules } from "../validate/rules/report.ts";
import { type CheckedDocument, checkYamlDocument } from "../validate/yaml-document.ts";
import { ownedPullLabels } from "./rules/pull-request.ts";

export const CHECK_NAME = "wgbot";
/** Annotations beyond this many are left out (the summary says so): 10 requests of 50. */
export const MAX_ANNOTATIONS = 500;
const MAX_LISTED = 50;
/** Ends every summary wgbot writes, with a digest of the annotations: equal summaries mean equal results. */
const DIGEST = "digest ";

export function digestMarker(digest: string): string {
  return marker(`${DIGEST}${digest}`);
}

/** Whether a check run's summary carries wgbot's digest marker. */
export function hasDigest(summary: string | null | undefined): boolean {
  return markersIn(summary).some((name) => name.startsWith(DIGEST));
}

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

type BaseCharter = { kind: "missing" } | { kind: "invalid" } | { kind: "valid"; charter: Charter };

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
  const checkRun = checkRunOf(input, sorted, boardReview, { reports, charters });
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

function parseBaseCharter(
  text: GovernanceBytes | null | undefined,
  slug: string,
  config: Config,
): BaseCharter {
  if (text === undefined) return { kind: "missing" };
  if (text === null) return { kind: "invalid" };
  const doc = checkYamlDocument<Charter>(`base:${slug}`, text, "charter");
  if (!doc.data) return { kind: "invalid" };
  if (charterRules(doc.data, { config, folderSlug: slug }).some((f) => f.severity === "error"))
    return { kind: "invalid" };
  return { kind: "valid", charter: doc.data };
}

function authorFinding(
  pull: ReportPrInput["pull"],
  slug: string,
  base: BaseCharter,
  config: Config,
): Finding | undefined {
  const author = pull.author;
  const file = `${config.paths.workgroups}/${slug}/charter.yml`;
  if (base.kind === "missing")
    return error(
      "rule.no-charter",
      [],
      `There is no charter for \`${slug}\` on \`${pull.baseRef}\`, so \`${author}\` cannot be confirmed as a chair or member.`,
      `A work group's charter (${file}) is merged before its reports; check the folder name.`,
    );
  if (base.kind === "invalid")
    return error(
      "rule.author-unconfirmed",
      [],
      `The charter of \`${slug}\` on \`${pull.baseRef}\` has problems, so \`${author}\` cannot be confirmed as a chair or member.`,
      `Fix ${file} on \`${pull.baseRef}\` first.`,
    );
  const people = new Set(
    [...base.charter.participants.members, ...base.charter.participants.chairs].map(lower),
  );
  if (people.has(author.toLowerCase())) return undefined;
  return error(
    "rule.author-not-member",
    [],
    `\`${author}\` opened this pull request but is not a chair or member of \`${slug}\` according to its charter on \`${pull.baseRef}\` (chairs: ${base.charter.participants.chairs.join(", ")}).`,
    "Ask a chair or member to open the pull request, or add yourself to the charter's participants first (a change the board reviews).",
  );
}

function lower(s: string): string {
  return s.toLowerCase();
}

/** What changed between two versions of a charter that the board must see: participants and status. */
export function charterChanges(before: Charter, after: Charter): string[] {
  const set = (list: readonly string[]) => [...new Set(list.map(lower))].sort().join(",");
  const changes: string[] = [];
  if (before.status !== after.status) changes.push(`status (${before.status} → ${after.status})`);
  if (set(before.participants.chairs) !== set(after.participants.chairs)) changes.push("chairs");
  if (set(before.participants.members) !== set(after.participants.members)) changes.push("members");
  return changes;
}

function checkRunOf(
  input: ReportPrInput,
  problems: Problem[],
  boardReview: string[],
  counts: { reports: number; charters: number },
): CheckRunResult {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = input.files.filter((f) => f.status !== "removed");
  const failedFiles = new Set(problems.map((p) => p.file)).size;
  const what = [
    counts.reports ? plural(counts.reports, "report") : "",
    counts.charters ? plural(counts.charters, "charter") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const title =
    errors > 0
      ? `${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""} in ${plural(failedFiles, "file")}`
      : `${what || plural(files.length, "file")}: no problems${warnings ? ` (${plural(warnings, "warning")})` : ""}`;
  const annotations = problems.slice(0, MAX_ANNOTATIONS).map(annotationOf);
  const lines = [
    `wgbot checked ${plural(files.length, "file")} this pull request changes${files.length ? `: ${files.map((f) => codeSpan(f.path)).join(", ")}` : ""}.`,
    "",
  ];
  if (problems.length === 0) lines.push("No problems found.");
  else {
    lines.push(`**${title}** (also shown on the lines concerned):`, "");
    for (const p of problems.slice(0, MAX_LISTED)) {
      const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}`;
      lines.push(
        `- ${codeSpan(where)} ${p.severity}: ${escapeMessage(p.message)}${p.hint ? ` ${escapeMessage(p.hint)}` : ""}`,
      );
    }
    if (problems.length > MAX_LISTED) lines.push(`- … and ${problems.length - MAX_LISTED} more.`);
    if (problems.length > MAX_ANNOTATIONS)
      lines.push(
        "",
        `Only the first ${MAX_ANNOTATIONS} problems are annotated; run \`wgbot validate\` for all.`,
      );
  }
  if (boardReview.length > 0)
    lines.push("", `**Board review:** this pull request goes to the board because ${listing(boardReview)}.`);
  const digest = createHash("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
  lines.push("", digestMarker(digest));
  return {
    name: CHECK_NAME,
    headSha: input.pull.headSha,
    conclusion: errors > 0 ? "failure" : "success",
    title,
    summary: lines.join("\n"),
    annotations,
  };
}

function annotationOf(p: Problem): Annotation {
  const line = p.line ?? 1;
  const endLine = p.endLine && p.endLine >= line ? p.endLine : line;
  const sameLine = endLine === line && p.column !== undefined;
  return {
    path: p.file,
    start_line: line,
    end_line: endLine,
    ...(sameLine
      ? { start_column: p.column, end_column: Math.max(p.endColumn ?? p.column ?? 1, p.column ?? 1) }
      : {}),
    annotation_level: p.severity === "error" ? "failure" : "warning",
    message: p.hint ? `${p.message}\n${p.hint}` : p.message,
    title: `wgbot: ${p.code}`,
  };
}
