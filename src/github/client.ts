/**
 * The GitHub client every runtime hands to the core: `@octokit/rest` (REST methods and pagination) with bounded
 * retries and rate-limit handling (limits.ts). The Probot app passes its own (same plugins, same limits); the
 * Action and the CLI build one here. Requests go through Node's fetch, which keeps connections alive.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { PRODUCTION_TIMING, retryOptions, type Timing, throttleOptions, timedFetch } from "./limits.ts";

/** What the core uses of a client: `rest`, `paginate` and `request`. Probot's context.octokit fits it. */
export type GitHub = Pick<InstanceType<typeof WgbotOctokit>, "rest" | "paginate" | "request">;

export const WgbotOctokit = Octokit.plugin(throttling, retry);

interface Logger {
  warn: (message: string) => void;
}

const quiet = () => {};

export function createGitHub(options: {
  token: string;
  baseUrl?: string;
  log?: Logger;
  userAgent?: string;
  /**
   * The throttling plugin's key: clients with different keys space their writes independently. One process has
   * one client in the Action and the CLI; tests that run isolated scenarios side by side give each its own.
   */
  throttleId?: string;
  /** GitHub's times unless a test shortens them (limits.ts). */
  timing?: Timing;
}): GitHub {
  const log = options.log ?? { warn: (m: string) => process.stderr.write(`${m}\n`) };
  const timing = options.timing ?? PRODUCTION_TIMING;
  return new WgbotOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? "wgbot",
    // @octokit/rest logs every response: successes at info, and every failed attempt at error, a 404 that is an
    // answer included. The run reports the failures that matter, as it did before; Octokit's warnings still show.
    log: { debug: quiet, info: quiet, warn: (m: string) => log.warn(m), error: quiet },
    throttle: { ...throttleOptions(log, timing), ...(options.throttleId ? { id: options.throttleId } : {}) },
    retry: retryOptions(timing),
    request: { fetch: timedFetch(timing.requestTimeoutMs), secondMs: timing.secondMs },
  });
}

/**
 * What a request that never got an answer (connection refused or reset, a name that does not resolve, a time
 * limit passed) says: "cannot reach <origin>: <why>". Octokit reports such a failure as status 500, the code of a
 * server error, so without this a log would read as though GitHub had answered 500. A real answer carries a
 * `response`; undefined for those, and for anything that is not a request failure.
 */
export function unreachable(error: unknown): string | undefined {
  const e = error as { status?: unknown; response?: unknown; request?: { url?: unknown }; message?: unknown };
  if (!e || typeof e !== "object" || e.status !== 500 || e.response !== undefined) return undefined;
  const url = typeof e.request?.url === "string" ? e.request.url : undefined;
  let where = "GitHub";
  try {
    if (url) where = new URL(url).origin;
  } catch {
    // an unparsable URL: "GitHub" is still true
  }
  const why = typeof e.message === "string" && e.message ? e.message : "no answer";
  return `cannot reach ${where}: ${why}`;
}
