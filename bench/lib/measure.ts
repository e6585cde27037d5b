/** Small measuring helpers shared by benchmarks: medians, child processes with their peak memory, formatting. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

/** `npm run bench -- --quick` (or BENCH_QUICK=1): smaller inputs and fewer runs, for a check while developing. */
export const QUICK = process.env.BENCH_QUICK === "1";
/** Runs per measurement: 5 (the figures reported are their medians), 3 in a quick run; BENCH_RUNS overrides. */
export const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 5));

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface ChildResult {
  /** Wall time from spawn to exit, as seen by this process. */
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the child in KiB, when /usr/bin/time is available. */
  maxRssKb?: number;
}

const GNU_TIME = "/usr/bin/time";
export const canMeasureChildRss = existsSync(GNU_TIME);

/**
 * Runs a command to completion. With GNU time available it wraps the command in `/usr/bin/time -v` to read
 * the child's peak RSS (Node cannot report a child's resource usage), and strips that report from stderr.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; stdout: "collect" | "ignore" },
): Promise<ChildResult> {
  const [file, argv] = canMeasureChildRss ? [GNU_TIME, ["-v", command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      stdio: ["ignore", options.stdout === "collect" ? "pipe" : "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const ms = performance.now() - started;
      let stderr = Buffer.concat(err).toString("utf8");
      let maxRssKb: number | undefined;
      if (canMeasureChildRss) {
        const report = stderr.lastIndexOf("\tCommand being timed:");
        if (report >= 0) {
          const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr.slice(report));
          if (rss) maxRssKb = Number(rss[1]);
          stderr = stderr
            .slice(0, report)
            .replace(/Command (?:exited with non-zero status \d+|terminated by signal \d+)\n$/, "");
        }
      }
      resolve({ ms, code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr, maxRssKb });
    });
  });
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

export function mib(kib: number | undefined): string {
  return kib === undefined ? "n/a" : `${(kib / 1024).toFixed(0)} MiB`;
}

export function perSecond(count: number, millis: number): string {
  return `${Math.round((count * 1000) / millis).toLocaleString("en-US")} files/s`;
}

/** Prints rows as aligned columns. */
export function table(rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  for (const row of rows) {
    console.log(
      `  ${row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("   ")
        .trimEnd()}`,
    );
  }
}
