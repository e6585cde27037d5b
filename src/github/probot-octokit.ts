/**
 * The Octokit class given to Probot. Probot installs its own rate-limit handlers, which only log a secondary
 * rate limit and give up; ours retry a bounded number of times, and every request has a time limit (limits.ts,
 * as createGitHub). Tests turn throttling and retries off, because the plugin spaces writes a second apart, as
 * GitHub asks of real clients, or shorten the times (`timing`); a load test may turn only the spacing off
 * (`WGBOT_THROTTLE=off`, see server.ts).
 */
import { ProbotOctokit } from "probot";
import { PRODUCTION_TIMING, retryOptions, type Timing, throttleOptions, timedFetch } from "./limits.ts";

export function wgbotProbotOctokit({
  throttle = true,
  retry = throttle,
  timing = PRODUCTION_TIMING,
}: {
  throttle?: boolean;
  retry?: boolean;
  timing?: Timing;
} = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => {
    const log = (options.log as { warn: (m: string) => void } | undefined) ?? { warn: () => {} };
    const request = options.request as { fetch?: typeof fetch } | undefined;
    return {
      ...options,
      throttle: throttle
        ? { ...(options.throttle as object), ...throttleOptions(log, timing) }
        : { enabled: false },
      retry: retry ? retryOptions(timing) : { enabled: false },
      // Without retries, creates are not retried either (apply/create-once.ts reads `request.retries`).
      request: {
        ...request,
        // Probot's own fetch, when given one, is kept (with the time limit); otherwise Node's.
        fetch: timedFetch(timing.requestTimeoutMs, request?.fetch),
        // Not an Octokit option: createOnce (apply/create-once.ts) reads it to wait as long as the retry plugin would.
        secondMs: timing.secondMs,
        ...(retry ? {} : { retries: 0 }),
      },
    };
  }) as typeof ProbotOctokit;
}
