/**
 * Creating is not idempotent. When GitHub acted but its answer was lost — a 502 sent after the write, or no answer
 * within the client's time limit — Octokit's retry plugin would send the create again and make a second comment,
 * issue or check run, which no later run removes. So a create is sent without that plugin's retries; after an
 * answer that may have been lost, wgbot waits as the plugin would, looks for what it meant to create, and sends
 * again only when it is not there. Rate limits (403, 429) are still retried by the throttling plugin: GitHub did
 * not act on those.
 *
 * A file put has the same question the other way round: GitHub refuses it (409, 422) when the file is already
 * there, and only a read says whether a concurrent run put the same content first (putFileOnce).
 */

import { findSameFile } from "../gather/lost-answers.ts";
import type { GitHub } from "../github/client.ts";
import type { Repo } from "../model/repo.ts";
import type { Write } from "../model/write.ts";

/**
 * The lookups a lost answer calls for, handed to createOnce as its `find`. With findSameFile below, these are the
 * one place apply reads from GitHub (the layering check allows it here and nowhere else in apply/).
 */
export {
  checkRunWithAnnotations,
  findOwnComment,
  findOwnIssue,
  findSameCheckRun,
} from "../gather/lost-answers.ts";

/** The per-request option that turns the retry plugin off for one request. */
export const NO_RETRY = { retries: 0 } as const;

/** The retry plugin's default number of retries, used when the client does not say. */
const DEFAULT_RETRIES = 3;

/** A 5xx, or no answer at all (Octokit reports a network failure or a timeout as 500): GitHub may have acted. */
export function answerMayBeLost(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" && status >= 500;
}

/** The client's own request defaults: its retries (none with `request.retries: 0`) and the length of its second. */
function defaultsOf(github: GitHub): { retries: number; secondMs: number } {
  const defaults = github.request.endpoint.DEFAULTS.request as
    | { retries?: unknown; secondMs?: unknown }
    | undefined;
  return {
    retries: typeof defaults?.retries === "number" ? defaults.retries : DEFAULT_RETRIES,
    // The clients put their clock here (github/limits.ts): GitHub's second, or a test's shorter one.
    secondMs: typeof defaults?.secondMs === "number" ? defaults.secondMs : 1000,
  };
}

/**
 * Sends a create (`send` must pass `request` on to Octokit); when the answer may have been lost, finds what was
 * created instead of creating it twice. Throws the last error when it was neither created nor found.
 */
export async function createOnce<T>(
  github: GitHub,
  send: (request: typeof NO_RETRY) => Promise<T>,
  find: () => Promise<T | undefined>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  const { retries, secondMs } = defaultsOf(github);
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(NO_RETRY);
    } catch (error) {
      if (!answerMayBeLost(error)) throw error;
      if (attempt < retries) await wait((attempt + 1) ** 2 * secondMs);
      const found = await find().catch(() => undefined);
      if (found !== undefined) return found;
      if (attempt >= retries) throw error;
    }
  }
}

/**
 * Puts a file on a branch. GitHub refuses the put (409, or 422 when no sha was sent) when the file is already there
 * in another version: a concurrent run wrote it first. That is the state wanted when it holds the same content, so
 * the file is read back and undefined returned; any other content is a real conflict, and GitHub's error is thrown.
 */
export async function putFileOnce(
  github: GitHub,
  repo: Repo,
  file: Extract<Write, { kind: "put-file" }>,
): Promise<unknown> {
  try {
    const { data } = await github.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: file.path,
      branch: file.branch,
      message: file.message,
      content: Buffer.from(file.content, "utf8").toString("base64"),
      ...(file.sha ? { sha: file.sha } : {}),
    });
    return data;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 409 && status !== 422) throw error;
    if ((await findSameFile(github, repo, file)) === undefined) throw error;
    return undefined;
  }
}
