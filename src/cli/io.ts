import type { Timing } from "../github/limits.ts";

/** What a CLI command may touch, passed in so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now: Date;
  color: boolean;
  /** Environment variables (tokens, GITHUB_REPOSITORY); process.env when left out. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The GitHub client's clock (retry backoff, spacing of writes, time limit): production's when left out. */
  timing?: Timing;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {}
