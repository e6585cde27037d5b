/**
 * Entry of `npm run bench`: runs every benchmark in turn, or those whose name contains one of the arguments
 * (`npm run bench -- validate`). Benchmarks print their own figures and PASS/FAIL lines; a FAIL against a
 * target is information, not an error. Only a benchmark that throws makes the exit code non-zero.
 *
 * To add a benchmark, write a module in bench/ exporting `name`, `description` and `run()`, and list it below.
 */
import * as coldStart from "./cold-start.ts";
import * as load from "./load.ts";
import * as sweep from "./sweep.ts";
import * as validate from "./validate.ts";

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<void>;
}

const BENCHMARKS: readonly Benchmark[] = [validate, coldStart, sweep, load];

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
  for (const bench of selected) {
    console.log(`\n=== ${bench.name}: ${bench.description} ===\n`);
    const started = performance.now();
    try {
      await bench.run();
      console.log(`\n(${bench.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(`\nbenchmark ${bench.name} crashed:`, error);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
