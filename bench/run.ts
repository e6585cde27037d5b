/**
 * Entry of `npm run bench`: runs every benchmark in turn, or those whose name contains one of the arguments
 * (`npm run bench -- validate`). Each prints its figures next to its baseline measured in the same run, with the
 * medians of 5 runs, and PASS/FAIL lines; a FAIL against a target is information, not an error. Only a benchmark
 * that throws makes the exit code non-zero.
 *
 * `--quick` (or BENCH_QUICK=1; `npm run bench:quick`): smaller inputs and 3 runs, to check a change in a minute or
 * two; its figures are not the ones to report. BENCH_RUNS=n sets the number of runs.
 *
 * To add a benchmark, write a module in bench/ exporting `name`, `description` and `run()`, and list it below.
 */
const args = process.argv.slice(2);
if (args.includes("--quick")) process.env.BENCH_QUICK = "1";

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<void>;
}

/** Loaded only when selected, and after `--quick` is read: benchmarks size themselves when loaded. */
const BENCHMARKS: readonly { name: string; load: () => Promise<Benchmark> }[] = [
  { name: "validate", load: () => import("./validate.ts") },
  { name: "forms", load: () => import("./forms.ts") },
  { name: "cold-start", load: () => import("./cold-start.ts") },
  { name: "sweep", load: () => import("./sweep.ts") },
  { name: "load", load: () => import("./load.ts") },
  { name: "site", load: () => import("./site.ts") },
];

async function main(filters: string[]): Promise<number> {
  const selected = filters.length
    ? BENCHMARKS.filter((b) => filters.some((f) => b.name.includes(f)))
    : BENCHMARKS;
  if (selected.length === 0) {
    console.error(
      `No benchmark matches ${filters.join(", ")}. Available: ${BENCHMARKS.map((b) => b.name).join(", ")}.`,
    );
    return 2;
  }
  let failed = 0;
  for (const entry of selected) {
    const started = performance.now();
    try {
      const bench = await entry.load();
      console.log(
        `\n=== ${bench.name}: ${bench.description}${process.env.BENCH_QUICK === "1" ? " (quick run)" : ""} ===\n`,
      );
      await bench.run();
      console.log(`\n(${entry.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(`\nbenchmark ${entry.name} crashed:`, error);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(args.filter((a) => a !== "--quick"));
