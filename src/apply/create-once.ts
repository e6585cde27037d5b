/**
 * Creating is not idempotent. When GitHub acted but its answer was lost — a 502 sent after the write, or no answer
 * within the client's time limit — Octokit's retry plugin would send the create again and make a second comment,
 * issue or check run, which no later run removes. So a create is sent without that plugin's retries; after an
 * answer that may have been lost, wgbot waits as the plugin would, looks for what it meant to create, and sends
 * again only when it is not there. Rate limits (403, 429) are still retried by the throttling plugin: GitHub did
 * not act on those.
 *
 * A file put has the same question the other way round: GitHub refuses it (409, 422) when the file is already
 * there, and only a read says whether a concurrent run put the same content first (putFileOnce); a protected branch
 * refuses it with the same codes, and is answered rather than thrown, for the flow to open a pull request instead.
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
 * GitHub's words for a branch that takes changes only through a pull request: a branch protection rule (required
 * reviews or status checks, restricted pushes) or a ruleset ("Repository rule violations found"). Its answer is a
 * 409 or a 422, the same codes as a real conflict, so only the words tell them apart.
 */
const PROTECTION =
  /changes must be made through a pull request|protected branch|required status checks? (?:is|are) expected|approving reviews? (?:is|are) required|cannot update this protected ref|repository rule violations found/i;

/**
 * GitHub's message when it refused a put because of the branch's protection; undefined for anything else. A push
 * protection refusal (a secret in the file) is a rule violation too, but no pull request would get past it.
 */
export function protectionRefusal(error: unknown): string | undefined {
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  if (e.status !== 409 && e.status !== 422) return undefined;
  const data = (e.response?.data ?? {}) as { message?: unknown; metadata?: { secret_scanning?: unknown } };
  if (data.metadata?.secret_scanning !== undefined) return undefined;
  const message = typeof data.message === "string" ? data.message : (e.message ?? "");
  if (!PROTECTION.test(message)) return undefined;
  // A ruleset's answer is a heading, then one line per rule: one line for a log.
  const [heading = "", ...rules] = message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return rules.length > 0 ? `${heading}: ${rules.join(" ")}` : heading;
}

/** What putFileOnce answers when the branch's protection refused the put: GitHub's reason, and its error. */
export interface RefusedByProtection {
  refusedByProtection: true;
  branch: string;
  reason: string;
  error: unknown;
}

export function isRefusedByProtection(answer: unknown): answer is RefusedByProtection {
  return (answer as { refusedByProtection?: unknown } | undefined)?.refusedByProtection === true;
}

/**
 * Puts a file on a branch. GitHub refuses the put (409, or 422 when no sha was sent) when the file is already there
 * in another version: a concurrent run wrote it first. That is the state wanted when it holds the same content, so
 * the file is read back and undefined returned; any other content is a real conflict, and GitHub's error is thrown.
 *
 * A branch that takes changes only through a pull request refuses it too. That refusal is answered, not thrown
 * (RefusedByProtection), so that the flow can propose the file in a pull request instead: every caller must look at
 * the answer, and throw its `error` when it cannot.
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
    const reason = protectionRefusal(error);
    if (reason !== undefined) {
      const refused: RefusedByProtection = { refusedByProtection: true, branch: file.branch, reason, error };
      return refused;
    }
    if ((await findSameFile(github, repo, file)) === undefined) throw error;
    return undefined;
  }
}
