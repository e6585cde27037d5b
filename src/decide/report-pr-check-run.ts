/**
 * The check run of a report pull request: its title, a plain summary ending with a digest of the annotations (so
 * an unchanged result is not written again), and the annotations on the lines concerned. Pure.
 */
import { createHash } from "node:crypto";
import { marker, markersIn } from "../model/markers.ts";
import type { Annotation, CheckRunResult } from "../model/write.ts";
import type { Problem } from "../problems.ts";
import { codeSpan, escapeMessage } from "../render/escape.ts";
import { listing, plural } from "../util/text.ts";

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

/** What the check run is about: the files the pull request changes, at its head commit. */
export interface CheckedPull {
  headSha: string;
  files: readonly { path: string; status: string }[];
}

export function checkRunOf(
  pull: CheckedPull,
  problems: Problem[],
  boardReview: string[],
  counts: { reports: number; charters: number },
): CheckRunResult {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = pull.files.filter((f) => f.status !== "removed");
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
    headSha: pull.headSha,
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
