/** Check runs: list a commit's, create, update (annotations add up, at most 50 a request), read, annotations. */
import type { Router } from "../router.ts";
import { notFound, paged } from "../router.ts";
import type { GitHubState } from "../state.ts";
import type { FakeCheckRun } from "../types.ts";

type Output = { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] };

const tooMany = (body: unknown) => ((body as { output?: Output }).output?.annotations?.length ?? 0) > 50;
const unprocessable = {
  status: 422,
  body: { message: "Only 50 annotations may be sent per request", errors: [{ code: "too_many" }] },
};

/** A check run as the API answers it: its annotations are read from their own endpoint. */
export function publicRun(run: FakeCheckRun): Omit<FakeCheckRun, "annotations"> {
  const { annotations: _annotations, ...rest } = run;
  return rest;
}

export function checkRoutes(router: Router, state: GitHubState): void {
  const repo = `/repos/${state.owner}/${state.repo}`;
  const runOf = (id: string | undefined) => state.checkRuns.find((r) => r.id === Number(id));
  router.add("GET", `${repo}/commits/:ref/check-runs`, "checks", ({ params: [ref], query, baseUrl }) => {
    let runs = state.checkRuns.filter(
      (r) => r.head_sha === ref && (query.check_name === undefined || r.name === query.check_name),
    );
    if ((query.filter ?? "latest") === "latest")
      runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    const listed = paged(runs.reverse(), query, `${baseUrl}${repo}/commits/${ref}/check-runs`);
    const page = listed.body as FakeCheckRun[];
    return { ...listed, body: { total_count: runs.length, check_runs: page.map(publicRun) } };
  });
  router.add("POST", `${repo}/check-runs`, "checks", ({ body }) => {
    const b = body as Partial<FakeCheckRun> & { output?: Output };
    if (!b.name || !b.head_sha) return { status: 422, body: { message: "name and head_sha are required" } };
    if (tooMany(body)) return unprocessable;
    const run: FakeCheckRun = {
      id: state.newId(),
      name: b.name,
      head_sha: b.head_sha,
      status: b.status ?? (b.conclusion ? "completed" : "queued"),
      conclusion: b.conclusion ?? null,
      output: {
        title: b.output?.title ?? null,
        summary: b.output?.summary ?? null,
        text: b.output?.text ?? null,
        annotations_count: b.output?.annotations?.length ?? 0,
      },
      annotations: [...(b.output?.annotations ?? [])],
      app: { slug: state.actor.login.replace(/\[bot\]$/, "") },
    };
    state.checkRuns.push(run);
    return { status: 201, body: publicRun(run) };
  });
  router.add("PATCH", `${repo}/check-runs/:id`, "checks", ({ params: [id], body }) => {
    const run = runOf(id);
    if (!run) return notFound;
    if (tooMany(body)) return unprocessable;
    const b = body as { status?: string; conclusion?: string; output?: Output };
    if (b.conclusion !== undefined) {
      run.conclusion = b.conclusion;
      run.status = "completed";
    }
    if (b.status !== undefined) run.status = b.status;
    if (b.output) {
      // As on GitHub, annotations sent with an update are added to those the run has.
      run.annotations.push(...(b.output.annotations ?? []));
      run.output = {
        title: b.output.title ?? run.output.title,
        summary: b.output.summary ?? run.output.summary,
        text: b.output.text ?? run.output.text,
        annotations_count: run.annotations.length,
      };
    }
    return { status: 200, body: publicRun(run) };
  });
  router.add("GET", `${repo}/check-runs/:id`, "checks", ({ params: [id] }) => {
    const run = runOf(id);
    return run ? { status: 200, body: publicRun(run) } : notFound;
  });
  router.add("GET", `${repo}/check-runs/:id/annotations`, "checks", ({ params: [id], query, baseUrl }) => {
    const run = runOf(id);
    if (!run) return notFound;
    return paged(run.annotations, query, `${baseUrl}${repo}/check-runs/${run.id}/annotations`);
  });
}
