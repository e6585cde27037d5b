/**
 * The Octokit class given to Probot. Probot installs its own rate-limit handlers, which only log a secondary
 * rate limit and give up; ours retry a bounded number of times (see client.ts), and every request has a time
 * limit. Tests turn throttling and retries off, because the plugin spaces writes a second apart, as GitHub asks
 * of real clients; a load test may turn only the spacing off (`WGBOT_THROTTLE=off`, see server.ts).
 */
import { ProbotOctokit } from "probot";
import { REQUEST_TIMEOUT_MS, throttleOptions } from "./client.ts";
import { createTransport, withTimeout } from "./transport.ts";

export function wgbotProbotOctokit({
  throttle = true,
  retry = throttle,
}: {
  throttle?: boolean;
  retry?: boolean;
} = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => {
    const log = (options.log as { warn: (m: string) => void } | undefined) ?? { warn: () => {} };
    const request = options.request as { fetch?: typeof fetch } | undefined;
    return {
      ...options,
      throttle: throttle ? { ...(options.throttle as object), ...throttleOptions(log) } : { enabled: false },
      retry: retry ? { retries: 3 } : { enabled: false },
      // Without retries, creates are not retried either (apply/once.ts reads `request.retries`).
      request: {
        ...request,
        // Probot's own fetch, when given one, is kept; otherwise requests go through node:http (transport.ts).
        fetch: request?.fetch
          ? withTimeout(REQUEST_TIMEOUT_MS, request.fetch)
          : createTransport({ timeoutMs: REQUEST_TIMEOUT_MS }),
        ...(retry ? {} : { retries: 0 }),
      },
    };
  }) as typeof ProbotOctokit;
}
