/**
 * Validates a whole governance repository: config, every charter and report, and the rules that span files.
 * The result is also the repository's state as later flows (PR checks, the sweep) read it.
 */
import { loadConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { error, placeFindings } from "../finding.ts";
import type { Charter } from "../generated/charter.ts";
import type { GrantRecord } from "../generated/ledger.ts";
import type { Report } from "../generated/report.ts";
import type { Locator } from "../problems.ts";
import { type Problem, problem, sortProblems } from "../problems.ts";
import { classifyLedgerPath } from "../repo/ledger-paths.ts";
import { CONFIG_PATH, classifyPath } from "../repo/paths.ts";
import type { RepoSnapshot } from "../repo/snapshot.ts";
import { type CheckedDocument, checkYamlDocument } from "../schema/yaml-document.ts";
import { monthOf } from "../util/dates.ts";
import { type LedgerFile, validateLedger } from "./ledger.ts";
import { charterRules } from "./rules/charter.ts";
import { reportRules } from "./rules/report.ts";

export interface ReportState {
  path: string;
  month: string;
  /** Present when the file is valid. */
  report?: Report;
}

export interface WorkGroupState {
  slug: string;
  charterPath: string;
  /** Present when charter.yml exists and is valid. */
  charter?: Charter;
  charterFound: boolean;
  reports: Map<string, ReportState>;
}

export interface GovernanceState {
  config: Config;
  workgroups: Map<string, WorkGroupState>;
  problems: Problem[];
  /** How many files were checked. */
  checked: number;
  /** The slug each parsed charter declares. */
  claims: SlugClaim[];
  /** The grants ledger's valid records, by path (grants/<year>/<issue>-<slug>.yml). */
  ledger: Map<string, GrantRecord>;
}

export interface ValidateOptions {
  now: Date;
  /**
   * Whether to check that no two charters claim one slug. A caller validating a repository in parts (one part per
   * thread) turns it off and checks the parts' `claims` together.
   */
  duplicateSlugs?: boolean;
}

export function validateRepository(
  snapshot: RepoSnapshot,
  { now, duplicateSlugs = true }: ValidateOptions,
): GovernanceState {
  const { config, problems } = loadConfig(snapshot.files.get(CONFIG_PATH));
  // Entries the reader could not read (links, pipes, wrong kinds, too large): each counts as one file, with its problem.
  problems.push(...(snapshot.problems ?? []));
  const workgroups = new Map<string, WorkGroupState>();
  const group = (slug: string): WorkGroupState => {
    let wg = workgroups.get(slug);
    if (!wg) {
      wg = {
        slug,
        charterPath: `${config.paths.workgroups}/${slug}/charter.yml`,
        charterFound: false,
        reports: new Map(),
      };
      workgroups.set(slug, wg);
    }
    return wg;
  };
  const pendingReports: { path: string; slug: string; month: string; checked: CheckedDocument<Report> }[] =
    [];
  const charterDocs = new Map<string, CheckedDocument<Charter> & { path: string }>();
  let checked = (snapshot.files.has(CONFIG_PATH) ? 1 : 0) + (snapshot.problems?.length ?? 0);

  const ledgerFiles: LedgerFile[] = [];
  for (const [path, content] of snapshot.files) {
    const ledgerPlace = classifyLedgerPath(path, config.paths.grants);
    if (ledgerPlace) {
      checked++;
      ledgerFiles.push({ path, content, where: ledgerPlace });
      continue;
    }
    const where = classifyPath(path, config.paths.workgroups);
    if (!where || where.kind === "config") continue;
    checked++;
    if (where.kind === "misplaced") {
      problems.push(problem(path, "repo.misplaced", where.reason, { hint: where.hint }));
    } else if (where.kind === "charter") {
      const doc = checkYamlDocument<Charter>(path, content, "charter");
      const wg = group(where.slug);
      wg.charterFound = true;
      charterDocs.set(where.slug, { ...doc, path });
      problems.push(...doc.problems);
      if (doc.data) {
        const findings = charterRules(doc.data, { config, folderSlug: where.slug });
        problems.push(...placeFindings(path, findings, doc.locate));
        if (!findings.some((f) => f.severity === "error")) wg.charter = doc.data;
      }
    } else {
      const doc = checkYamlDocument<Report>(path, content, "report");
      problems.push(...doc.problems);
      group(where.slug).reports.set(where.month, { path, month: where.month });
      pendingReports.push({ path, slug: where.slug, month: where.month, checked: doc });
    }
  }

  // Report rules need every charter, so they run once all files are read.
  const currentMonth = monthOf(now);
  for (const { path, slug, month, checked: doc } of pendingReports) {
    if (!doc.data) continue;
    const wg = group(slug);
    const charterData = charterDocs.get(slug)?.data;
    const charter = wg.charterFound ? (charterData ?? "invalid") : undefined;
    const findings = reportRules(doc.data, { folderSlug: slug, fileMonth: month, charter, currentMonth });
    problems.push(...placeFindings(path, findings, doc.locate));
    if (!findings.some((f) => f.severity === "error"))
      (wg.reports.get(month) as ReportState).report = doc.data;
  }
  const claims: SlugClaim[] = [];
  const locators = new Map<string, Locator>();
  for (const doc of charterDocs.values()) {
    if (doc.data) claims.push({ slug: doc.data.slug, path: doc.path });
    locators.set(doc.path, doc.locate);
  }
  if (duplicateSlugs)
    problems.push(...duplicateSlugProblems(claims, (path) => locators.get(path) ?? (() => ({}))));
  const ledger = validateLedger(ledgerFiles, config);
  problems.push(...ledger.problems);
  return { config, workgroups, problems: sortProblems(problems), checked, claims, ledger: ledger.records };
}

/** A charter's claim to a slug: the slug it declares, and the file it is in. */
export interface SlugClaim {
  slug: string;
  path: string;
}

/** No two charters may claim one slug, whatever folders they sit in. */
export function duplicateSlugProblems(
  claims: readonly SlugClaim[],
  locateIn: (path: string) => Locator,
): Problem[] {
  const bySlug = new Map<string, string[]>();
  for (const { slug, path } of claims) bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  const problems: Problem[] = [];
  for (const [slug, paths] of bySlug) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path);
      problems.push(
        ...placeFindings(
          path,
          [
            error(
              "rule.duplicate-slug",
              ["slug"],
              `The slug \`${slug}\` is also claimed by ${others.join(", ")}.`,
              "Each work group needs its own slug; rename one of them.",
            ),
          ],
          locateIn(path),
        ),
      );
    }
  }
  return problems;
}
