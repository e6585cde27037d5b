/**
 * The GitHub client every runtime hands to the core: Octokit with REST methods, pagination, and bounded retries
 * and rate-limit handling. The Probot app passes its own (same plugins); the Action and the CLI build one here.
 */
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { createTransport } from "./transport.ts";

/** What the core uses of a client: `rest`, `paginate` and `request`. Probot's context.octokit fits it. */
export type GitHub = Pick<InstanceType<typeof WgbotOctokit>, "rest" | "paginate" | "request">;

export const WgbotOctokit = Octokit.plugin(throttling, retry, paginateRest, restEndpointMethods);

/** Retries after a rate limit at most this many times; after that the request fails and the run reports it. */
export const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * How long one request may take, answer included, before it is abandoned (and, like a 5xx, retried by the retry
 * plugin). GitHub ends a request it cannot answer within 10 seconds itself; without a limit of our own, a
 * connection that hangs would hold an event for minutes (Node's fetch waits 300 s for headers; node:http, none).
 */
export const REQUEST_TIMEOUT_MS = 15_000;

interface Logger {
  warn: (message: string) => void;
}

export function throttleOptions(log: Logger) {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES;
      log.warn(
        `${kind} on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : "giving up after retries"}.`,
      );
      return again;
    };
  return { onRateLimit: onLimit("Rate limit"), onSecondaryRateLimit: onLimit("Secondary rate limit") };
}

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
}): GitHub {
  const log = options.log ?? { warn: (m: string) => process.stderr.write(`${m}\n`) };
  return new WgbotOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? "wgbot",
    throttle: { ...throttleOptions(log), ...(options.throttleId ? { id: options.throttleId } : {}) },
    retry: { retries: 3 },
    request: { fetch: createTransport({ timeoutMs: REQUEST_TIMEOUT_MS }) },
  });
}
