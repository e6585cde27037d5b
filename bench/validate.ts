/**
 * Validation benchmark: a 10,000-file governance repository, checked by wgbot and by ajv-cli with the same
 * schemas. wgbot does more per file (positions for every problem, cross-file rules, the config), so the target
 * is that it is still at least TARGET_RATIO times as fast as plain ajv-cli.
 *
 * The headline ratio compares like with like: the CLI, bundled from the current sources as `npm run build`
 * bundles it, as a child process against ajv-cli's child processes, so both sides pay process start-up and
 * module loading. The two sides take turns (wgbot, ajv-cli, wgbot, ...), so both run under the same load on a
 * shared machine; the headline is the median of the per-round ratios. The in-process figure (the library
 * called directly, warm) is printed beside it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Problem } from "../src/problems.ts";
import { readLocalRepository } from "../src/validate/read-local.ts";
import { validateRepository } from "../src/validate/repository.ts";
import { type GovernanceRepoStats, writeGovernanceRepo } from "./lib/governance-repo.ts";
import {
  type ChildResult,
  canMeasureChildRss,
  median,
  mib,
  ms,
  perSecond,
  runChild,
  table,
} from "./lib/measure.ts";

export const name = "validate";
export const description = "wgbot validate vs ajv-cli on a 10,000-file governance repository";

const FILES = 10_000;
const WORKGROUPS = 400;
const ERROR_RATE = 0.01;
const TARGET_RATIO = 1.0;
const IN_PROCESS_RUNS = 5;
const CHILD_RUNS = 5;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const AJV_BIN = join(ROOT, "node_modules", ".bin", "ajv");
/** Git-ignored; one level below the root as dist/ is, so the bundle finds templates/ the same way. */
const BENCH_DIR = join(ROOT, ".bench");

export async function run(): Promise<void> {
  const now = new Date();
  // Reports run up to last month, so none is in the future whatever day the benchmark runs (the CLI uses the clock).
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
  const dir = mkdtempSync(join(tmpdir(), "wgbot-bench-"));
  try {
    const started = performance.now();
    const stats = writeGovernanceRepo(dir, {
      files: FILES,
      workgroups: WORKGROUPS,
      errorRate: ERROR_RATE,
      lastMonth,
    });
    describeRepo(stats, performance.now() - started, dir);

    const inProcess = await measureInProcess(dir, now, stats);
    const { cli, ajv, ratios } = await measureChildren(dir, stats, inProcess.problems);

    console.log(`\nResults (median of ${CHILD_RUNS} runs; files/s = files checked ÷ wall time)`);
    const rows: string[][] = [["", "files", "median", "throughput", "peak RSS", "problems"]];
    rows.push([
      "wgbot in process (read + validate)",
      String(inProcess.checked),
      ms(inProcess.ms),
      perSecond(inProcess.checked, inProcess.ms),
      mib(inProcess.maxRssKb),
      String(inProcess.problems),
    ]);
    rows.push([
      "wgbot CLI (bundled src/cli/run.ts)",
      String(cli.checked),
      ms(cli.ms),
      perSecond(cli.checked, cli.ms),
      mib(cli.maxRssKb),
      String(cli.problems),
    ]);
    rows.push([
      "ajv-cli (reports + charters)",
      String(ajv.files),
      ms(ajv.ms),
      perSecond(ajv.files, ajv.ms),
      mib(ajv.maxRssKb),
      `${ajv.invalid} invalid files`,
    ]);
    table(rows);

    const rate = (files: number, millis: number) => files / millis;
    const inProcessRatio = rate(inProcess.checked, inProcess.ms) / rate(ajv.files, ajv.ms);
    const cliRatio = median(ratios);
    console.log(
      `\n  ratio in process / ajv-cli: ${inProcessRatio.toFixed(2)}x (wgbot warm, no process start-up)`,
    );
    console.log(
      `  ratio CLI / ajv-cli:        ${cliRatio.toFixed(2)}x (both pay start-up; median of rounds ${ratios.map((r) => r.toFixed(2)).join(", ")})`,
    );
    console.log(
      `\n${cliRatio >= TARGET_RATIO ? "PASS" : "FAIL"} validate: wgbot is ${cliRatio.toFixed(2)}x ajv-cli (CLI vs ajv-cli); target ≥ ${TARGET_RATIO.toFixed(1)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeRepo(stats: GovernanceRepoStats, millis: number, dir: string): void {
  console.log(
    `Generated ${stats.files.toLocaleString("en-US")} files (${stats.charters} charters, ${stats.reports.toLocaleString("en-US")} reports, config; ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB) in ${ms(millis)} under ${dir}`,
  );
  const injected = Object.entries(stats.injected)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `${kind} ×${n}`)
    .join(", ");
  console.log(`  mistakes injected: ${injected}`);
}

interface InProcessResult {
  ms: number;
  checked: number;
  problems: number;
  maxRssKb: number;
}

async function measureInProcess(
  dir: string,
  now: Date,
  stats: GovernanceRepoStats,
): Promise<InProcessResult> {
  console.log(`\nwgbot in process: ${IN_PROCESS_RUNS} runs of readLocalRepository + validateRepository`);
  const rssBefore = process.resourceUsage().maxRSS;
  const totals: number[] = [];
  const reads: number[] = [];
  const validates: number[] = [];
  let problems: Problem[] = [];
  let checked = 0;
  for (let i = 0; i < IN_PROCESS_RUNS; i++) {
    const t0 = performance.now();
    const snapshot = await readLocalRepository(dir);
    const t1 = performance.now();
    const state = validateRepository(snapshot, { now });
    const t2 = performance.now();
    reads.push(t1 - t0);
    validates.push(t2 - t1);
    totals.push(t2 - t0);
    problems = state.problems;
    checked = state.checked;
    console.log(`  run ${i + 1}: read ${ms(t1 - t0)}, validate ${ms(t2 - t1)}, total ${ms(t2 - t0)}`);
  }
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(
    `  median: read ${ms(median(reads))}, validate ${ms(median(validates))}, total ${ms(median(totals))}; peak RSS of this process ${mib(maxRssKb)} (${mib(rssBefore)} before the first run)`,
  );
  if (checked !== stats.files)
    throw new Error(`wgbot checked ${checked} files, the repository has ${stats.files}`);

  // Sanity check: the problems should land on the files the generator broke.
  const byCode = new Map<string, number>();
  const schemaFiles = new Set<string>();
  const ruleFiles = new Set<string>();
  for (const p of problems) {
    byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
    (p.code.startsWith("rule.") ? ruleFiles : schemaFiles).add(p.file);
    if (p.line === undefined) console.log(`  note: problem without a position: ${p.file} ${p.code}`);
  }
  const expectedSchema = stats.schemaInvalid.charters + stats.schemaInvalid.reports;
  console.log(`  ${problems.length} problems: ${[...byCode].map(([code, n]) => `${code} ×${n}`).join(", ")}`);
  console.log(
    `  files with schema/YAML problems: ${schemaFiles.size} (injected ${expectedSchema}); with rule problems: ${ruleFiles.size} (injected ${stats.ruleInvalidReports})`,
  );
  return { ms: median(totals), checked, problems: problems.length, maxRssKb };
}

interface CliResult {
  ms: number;
  checked: number;
  problems: number;
  maxRssKb?: number;
}

interface AjvResult {
  ms: number;
  files: number;
  invalid: number;
  maxRssKb?: number;
}

/** The CLI bundled from the current sources with the options of scripts/build.mjs (dist/ is left alone). */
async function bundleCli(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const outfile = join(BENCH_DIR, "cli.js");
  await build({
    entryPoints: [join(ROOT, "src", "cli", "run.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: {
      js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);",
    },
    legalComments: "none",
    logLevel: "warning",
  });
  return outfile;
}

/** CLI and ajv-cli in turns, CHILD_RUNS rounds; each round's ratio is taken under the load of that round. */
async function measureChildren(
  dir: string,
  stats: GovernanceRepoStats,
  expectedProblems: number,
): Promise<{ cli: CliResult; ajv: AjvResult; ratios: number[] }> {
  const bundle = await bundleCli();
  console.log(
    `\n${CHILD_RUNS} rounds of: node ${bundle.slice(ROOT.length + 1)} validate <dir> --format json, then ${AJV_JOBS.map((j) => `ajv validate -s ${j.schema} -d "${j.data}"`).join(" and ")}`,
  );
  const cliRuns: ChildResult[] = [];
  const ajvRuns: ChildResult[] = [];
  const cliTimes: number[] = [];
  const ajvTimes: number[] = [];
  const ratios: number[] = [];
  let checked = 0;
  let problems = 0;
  let invalid = 0;
  const files = stats.reports + stats.charters;
  for (let i = 0; i < CHILD_RUNS; i++) {
    const cli = await runCli(bundle, dir);
    checked = cli.checked;
    problems = cli.problems;
    cliRuns.push(cli.result);
    const ajv = await runAjv(dir);
    invalid = ajv.invalid;
    ajvRuns.push(...ajv.results);
    cliTimes.push(cli.result.ms);
    ajvTimes.push(ajv.ms);
    ratios.push(checked / cli.result.ms / (files / ajv.ms));
    console.log(
      `  round ${i + 1}: wgbot ${ms(cli.result.ms)} (${mib(cli.result.maxRssKb)}); ajv-cli ${ajv.parts}, total ${ms(ajv.ms)}; ratio ${ratios[i]?.toFixed(2)}x`,
    );
  }
  if (problems !== expectedProblems)
    console.log(`  warning: the CLI found ${problems} problems, in process ${expectedProblems}`);
  const expected = stats.schemaInvalid.charters + stats.schemaInvalid.reports;
  console.log(`  ajv-cli invalid files: ${invalid} (injected ${expected}); it does not read the config`);
  if (!canMeasureChildRss) console.log("  (no /usr/bin/time: peak RSS of child processes not measured)");
  return {
    cli: { ms: median(cliTimes), checked, problems, maxRssKb: maxOf(cliRuns) },
    ajv: { ms: median(ajvTimes), files, invalid, maxRssKb: maxOf(ajvRuns) },
    ratios,
  };
}

async function runCli(
  bundle: string,
  dir: string,
): Promise<{ result: ChildResult; checked: number; problems: number }> {
  const result = await runChild(process.execPath, [bundle, "validate", dir, "--format", "json"], {
    cwd: ROOT,
    stdout: "collect",
  });
  // Exit 1 means "problems found", which this repository has on purpose; anything else is a failure.
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`wgbot CLI exited with ${result.code ?? result.signal}:\n${result.stderr}`);
  const output = JSON.parse(result.stdout) as { checked: number; problems: unknown[] };
  return { result, checked: output.checked, problems: output.problems.length };
}

const AJV_JOBS = [
  { schema: "report", data: "workgroups/*/reports/*.yml" },
  { schema: "charter", data: "workgroups/*/charter.yml" },
];

async function runAjv(
  dir: string,
): Promise<{ ms: number; invalid: number; results: ChildResult[]; parts: string }> {
  if (!existsSync(AJV_BIN)) throw new Error(`${AJV_BIN} not found; run npm install`);
  let total = 0;
  let invalid = 0;
  const results: ChildResult[] = [];
  const parts: string[] = [];
  for (const job of AJV_JOBS) {
    const args = [
      "validate",
      "--spec=draft2020",
      "-c",
      "ajv-formats",
      "-s",
      join(ROOT, "schemas", `${job.schema}.schema.json`),
      "-d",
      job.data,
    ];
    // ajv-cli prints "<file> valid" on stdout for each good file and "<file> invalid" plus errors on stderr.
    const result = await runChild(AJV_BIN, args, { cwd: dir, stdout: "ignore" });
    const bad = result.stderr.split("\n").filter((line) => line.endsWith(" invalid")).length;
    // Exit 1 with invalid files is expected; exit 2 or a signal means ajv-cli could not run.
    if (result.code !== 0 && !(result.code === 1 && bad > 0))
      throw new Error(
        `ajv-cli exited with ${result.code ?? result.signal}:\n${result.stderr.slice(0, 2000)}`,
      );
    invalid += bad;
    total += result.ms;
    results.push(result);
    parts.push(`${job.schema}s ${ms(result.ms)}`);
  }
  return { ms: total, invalid, results, parts: parts.join(", ") };
}

function maxOf(results: readonly ChildResult[]): number | undefined {
  const values = results.map((r) => r.maxRssKb).filter((v): v is number => v !== undefined);
  return values.length ? Math.max(...values) : undefined;
}
