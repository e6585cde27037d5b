/**
 * How the GitHub client waits: its retries, its rate-limit handling, the spacing of writes and the time limit on
 * each request. Both clients (createGitHub for the Action and the CLI, wgbotProbotOctokit for the App) take them
 * from here, so they behave alike. Production uses GitHub's times; tests pass a shorter `Timing`, so the fault
 * matrix exercises the same plugins and the same counts without sleeping through real seconds.
 */
import Bottleneck from "bottleneck";

/** Retries after a rate limit at most this many times; after that the request fails and the run reports it. */
export const MAX_RATE_LIMIT_RETRIES = 2;

/** The retry plugin's retries after a 5xx (or a timeout, which Octokit reports as a 500): 4 attempts in all. */
export const RETRIES = 3;

/**
 * How long one request may take, answer included, before it is abandoned (and, like a 5xx, retried by the retry
 * plugin). GitHub ends a request it cannot answer within 10 seconds itself; without a limit of our own, a
 * connection that hangs would hold an event for minutes (Node's fetch waits 300 s for headers).
 */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface Timing {
  /**
   * How long the plugins' "second" lasts: the retry plugin's backoff (1, 4, 9 s), a `retry-after` header, and the
   * throttling plugin's spacing of writes (1 s apart; 3 s for requests that notify people; 2 s for searches).
   */
  secondMs: number;
  /** The time limit on each request. */
  requestTimeoutMs: number;
}

export const PRODUCTION_TIMING: Timing = { secondMs: 1000, requestTimeoutMs: REQUEST_TIMEOUT_MS };

interface Logger {
  warn: (message: string) => void;
}

export function throttleOptions(log: Logger, timing: Timing = PRODUCTION_TIMING) {
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
  return {
    onRateLimit: onLimit("Rate limit"),
    onSecondaryRateLimit: onLimit("Secondary rate limit"),
    retryAfterBaseValue: timing.secondMs,
    ...spacing(timing.secondMs),
  };
}

export function retryOptions(timing: Timing = PRODUCTION_TIMING) {
  return { retries: RETRIES, retryAfterBaseValue: timing.secondMs };
}

/**
 * A fetch that gives up on each request after `ms` (every attempt, retries included, gets its own time). The
 * global fetch is looked up per request, so that whatever a test or host installs there is used.
 */
export function timedFetch(ms: number, base?: typeof fetch): typeof fetch {
  return (input, init = {}) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return (base ?? globalThis.fetch)(input, { ...init, signal });
  };
}

type Groups = Record<"write" | "notifications" | "search", Bottleneck.Group>;
const scaled = new Map<number, Groups>();

/**
 * The throttling plugin's spacing, scaled. It builds its limiter groups once per process, from the first client's
 * options, so a shorter spacing has to be handed over as groups of our own (the same settings as the plugin's,
 * times `secondMs`). At the production second the plugin's own groups are used: they honour a Redis connection.
 */
function spacing(secondMs: number): Partial<Groups> {
  if (secondMs === PRODUCTION_TIMING.secondMs) return {};
  let groups = scaled.get(secondMs);
  if (!groups) {
    const group = (minTime: number) =>
      new Bottleneck.Group({ maxConcurrent: 1, minTime: minTime * secondMs, timeout: 120_000 });
    groups = { write: group(1), notifications: group(3), search: group(2) };
    scaled.set(secondMs, groups);
  }
  return groups;
}
