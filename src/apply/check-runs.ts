/**
 * Check runs: one per head SHA and name. The Checks API takes at most 50 annotations per request, so a run with
 * more is created with the first 50 and updated with each next 50 (annotations sent with an update are added to
 * the run's). Because updates add rather than replace annotations, a result that changed for the same SHA is a new
 * run (GitHub shows the latest run of a name); an unchanged result writes nothing.
 */
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import type { Annotation, CheckRunResult, CheckRunWrite, ExistingCheckRun } from "../model/write.ts";
import { checkRunWithAnnotations, createOnce, findSameCheckRun } from "./create-once.ts";

export const ANNOTATIONS_PER_REQUEST = 50;

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
  // after an answer that may have been lost, what GitHub has is read before sending again (create-once.ts).
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
    () => findSameCheckRun(github, repo, write),
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
      () => checkRunWithAnnotations(github, repo, data.id, expected),
    );
  }
  return data;
}
