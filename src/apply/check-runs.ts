/**
 * Check runs: one per head SHA and name. The Checks API takes at most 50 annotations per request, so a run with
 * more is created with the first 50 and updated with each next 50 (annotations sent with an update are added to
 * the run's). Because updates add rather than replace annotations, a result that changed for the same SHA is a new
 * run (GitHub shows the latest run of a name); an unchanged result writes nothing.
 */
import type { GitHub } from "../github/client.ts";
import { createOnce, sameText } from "./once.ts";
import type { Repo } from "./writes.ts";

export const ANNOTATIONS_PER_REQUEST = 50;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line equals end_line, as the API requires. */
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunResult {
  name: string;
  headSha: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  /** Markdown; ends with a hidden digest of the annotations, so equal summaries mean equal results. */
  summary: string;
  annotations: Annotation[];
}

export type CheckRunWrite = { kind: "create-check-run" } & CheckRunResult;

/** What the check-runs list says about the latest run of a name on a SHA. */
export interface ExistingCheckRun {
  id: number;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; annotations_count: number };
}

export function checkRunWrites(
  existing: ExistingCheckRun | undefined,
  wanted: CheckRunResult,
): CheckRunWrite[] {
  const same =
    existing?.status === "completed" &&
    existing.conclusion === wanted.conclusion &&
    existing.output.title === wanted.title &&
    existing.output.summary === wanted.summary &&
    existing.output.annotations_count === wanted.annotations.length;
  return same ? [] : [{ kind: "create-check-run", ...wanted }];
}

/** Creates the run (with the first 50 annotations) and adds the rest 50 at a time; returns the run. */
export async function executeCheckRunWrite(
  github: GitHub,
  repo: Repo,
  write: CheckRunWrite,
): Promise<unknown> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < write.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(write.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: Annotation[] | undefined) => ({
    title: write.title,
    summary: write.summary,
    ...(annotations ? { annotations } : {}),
  });
  // Neither request is idempotent (a second create is a second run; annotations sent twice are added twice), so
  // after an answer that may have been lost, what GitHub has is read before sending again (once.ts).
  const data = await createOnce(
    github,
    async (request) =>
      (
        await github.rest.checks.create({
          ...repo,
          name: write.name,
          head_sha: write.headSha,
          status: "completed",
          conclusion: write.conclusion,
          output: output(batches[0]),
          request,
        })
      ).data,
    async () => {
      const { data: list } = await github.rest.checks.listForRef({
        ...repo,
        ref: write.headSha,
        check_name: write.name,
      });
      return list.check_runs.find(
        (r) =>
          r.status === "completed" &&
          r.conclusion === write.conclusion &&
          r.output.title === write.title &&
          sameText(r.output.summary, write.summary),
      );
    },
  );
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    sent += batch.length;
    const expected = sent;
    await createOnce(
      github,
      async (request) =>
        (await github.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch), request }))
          .data,
      async () => {
        const { data: run } = await github.rest.checks.get({ ...repo, check_run_id: data.id });
        return run.output.annotations_count >= expected ? run : undefined;
      },
    );
  }
  return data;
}

export function describeCheckRunWrite(write: CheckRunWrite): string {
  const lines = write.annotations.map(
    (a) =>
      `    ${a.path}:${a.start_line}${a.start_column ? `:${a.start_column}` : ""} ${a.annotation_level} ${a.message.split("\n")[0]}`,
  );
  return [
    `check run "${write.name}" on ${write.headSha.slice(0, 7)}: ${write.conclusion}, ${write.title}`,
    ...lines,
  ].join("\n");
}
