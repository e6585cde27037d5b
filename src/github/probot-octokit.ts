/**
 * The Octokit class given to Probot. Probot installs its own rate-limit handlers, which only log a secondary
 * rate limit and give up; ours retry a bounded number of times (see client.ts). Tests turn throttling off, because
 * the plugin spaces writes a second apart, as GitHub asks of real clients.
 */
import { ProbotOctokit } from "probot";
import { throttleOptions } from "./client.ts";

export function wgbotProbotOctokit({ throttle = true }: { throttle?: boolean } = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: Record<string, unknown>) => {
    const log = (options.log as { warn: (m: string) => void } | undefined) ?? { warn: () => {} };
    return {
      ...options,
      throttle: throttle ? { ...(options.throttle as object), ...throttleOptions(log) } : { enabled: false },
      retry: throttle ? { retries: 3 } : { enabled: false },
    };
  }) as typeof ProbotOctokit;
}
