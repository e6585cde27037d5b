/**
 * Cold start of the GitHub Action: `node dist/index.js` from process start to exit on one event, against the
 * loopback fake GitHub, as a runner starts it (a fresh process per event, no warm cache). Next to it: a bare
 * `node -e ""`, what any Node action pays before its first line, and loading the bundle alone (it exits at once
 * when the runner's settings are missing). And the bundle's size, which the runner reads from the checkout.
 *
 * The events make no writes, on purpose: Octokit's throttling spaces content-creating requests a second apart,
 * as GitHub asks of integrations, so a run that writes twice lasts a second more whatever its start-up costs.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { grantBody } from "../test/support/bodies.ts";
import { FakeGitHub } from "../test/support/fake-github.ts";
import { charterYaml } from "../test/support/governance-files.ts";
import { issuesEvent } from "../test/support/payloads.ts";
import { type ChildResult, median, mib, ms, runChild, table } from "./lib/measure.ts";

interface Variant {
  label: string;
  start: () => Promise<ChildResult>;
  check: (result: ChildResult) => void;
}

export const name = "cold-start";
export const description =
  "the Action's start-to-exit time on one event (dist/index.js), next to a bare node";

const RUNS = 11;
/** A target for the whole run of one event that reads but writes nothing, start-up included. */
const TARGET_MS = 1000;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = join(ROOT, "dist", "index.js");

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wgbot-cold-start-"));
  const fake = await new FakeGitHub().start();
  try {
    fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
    fake.files.set("workgroups/packaging/charter.yml", charterYaml({ slug: "packaging" }));
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const issue = fake.addIssue({
      title: "Grant request: PyCon Example",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const eventFile = (file: string, payload: unknown) => {
      const path = join(dir, file);
      writeFileSync(path, JSON.stringify(payload));
      return path;
    };
    let issuesPayload = eventFile("issues.json", issuesEvent(fake, "opened", issue).payload);
    const schedulePayload = eventFile("schedule.json", { schedule: "17 6 * * *" });
    const env = (eventName: string, eventPath: string) => [
      `GITHUB_EVENT_NAME=${eventName}`,
      `GITHUB_EVENT_PATH=${eventPath}`,
      "GITHUB_REPOSITORY=psf/governance",
      `GITHUB_API_URL=${fake.url}/api/v3`,
      "INPUT_TOKEN=ghs_bench",
      "INPUT_DRY-RUN=false",
    ];
    const action = (eventName: string, eventPath: string) =>
      runChild(
        "env",
        ["-i", `PATH=${process.env.PATH}`, ...env(eventName, eventPath), process.execPath, BUNDLE],
        {
          cwd: dir,
          stdout: "collect",
        },
      );

    // The first delivery writes (a label, the comment); the runs measured come after it and only read.
    const first = await action("issues", issuesPayload);
    if (first.code !== 0)
      throw new Error(`the Action failed on the first delivery:\n${first.stdout}${first.stderr}`);
    // The payload of the next event on the issue carries the labels the first run added.
    issuesPayload = eventFile("issues.json", issuesEvent(fake, "opened", issue).payload);
    const sweepFirst = await action("schedule", schedulePayload);
    if (sweepFirst.code !== 0) throw new Error(`the Action failed on the sweep:\n${sweepFirst.stdout}`);
    console.log(
      `First runs (with writes, spaced a second apart by the throttling plugin): issues.opened ${ms(first.ms)}, schedule ${ms(sweepFirst.ms)}\n`,
    );

    const okNoWrites = (r: ChildResult) => {
      if (r.code !== 0) throw new Error(`the Action failed:\n${r.stdout}${r.stderr}`);
      if (!/\(0 writes\)/.test(r.stdout)) throw new Error(`expected a run without writes:\n${r.stdout}`);
    };
    const variants: Variant[] = [
      {
        label: 'node -e ""',
        start: () => runChild(process.execPath, ["-e", ""], { cwd: dir, stdout: "ignore" }),
        check: () => {},
      },
      {
        label: "load dist/index.js (exits: no settings)",
        start: () =>
          runChild("env", ["-i", `PATH=${process.env.PATH}`, process.execPath, BUNDLE], {
            cwd: dir,
            stdout: "ignore",
          }),
        check: (r) => {
          if (r.code !== 1) throw new Error("expected exit code 1 without the runner's settings");
        },
      },
      {
        label: "Action: issues.opened, handled before",
        start: () => action("issues", issuesPayload),
        check: okNoWrites,
      },
      {
        label: "Action: schedule (the sweep)",
        start: () => action("schedule", schedulePayload),
        check: okNoWrites,
      },
    ];
    // Round-robin, so a busy machine slows every variant alike instead of whichever ran during the noise.
    const samples = variants.map(() => ({ times: [] as number[], rss: 0, requests: 0 }));
    for (let i = 0; i < RUNS; i++) {
      for (const [v, variant] of variants.entries()) {
        const before = fake.requests.length;
        const result = await variant.start();
        variant.check(result);
        const sample = samples[v] as (typeof samples)[number];
        sample.times.push(result.ms);
        sample.rss = Math.max(sample.rss, result.maxRssKb ?? 0);
        sample.requests += fake.requests.length - before;
      }
    }
    const rows = variants.map((variant, v) => {
      const sample = samples[v] as (typeof samples)[number];
      return {
        label: variant.label,
        median: median(sample.times),
        min: Math.min(...sample.times),
        max: Math.max(...sample.times),
        rss: sample.rss || undefined,
        requests: sample.requests / RUNS,
      };
    });

    console.log(`Median of ${RUNS} runs each, process start to exit (wall time seen by the parent):`);
    table([
      ["", "median", "min", "max", "peak RSS", "API requests"],
      ...rows.map((r) => [
        r.label,
        ms(r.median),
        ms(r.min),
        ms(r.max),
        mib(r.rss),
        r.requests ? r.requests.toFixed(0) : "",
      ]),
    ]);
    const bare = rows[0]?.median ?? 0;
    const load = rows[1]?.median ?? 0;
    const events = rows.slice(2);
    console.log(`\n  loading the bundle over a bare node: ${ms(load - bare)} (median difference)`);
    const bytes = statSync(BUNDLE).size;
    const gzip = gzipSync(readFileSync(BUNDLE)).length;
    console.log(
      `  dist/index.js: ${(bytes / 1024).toFixed(0)} KiB (${(gzip / 1024).toFixed(0)} KiB gzipped)`,
    );
    const worst = Math.max(...events.map((r) => r.median));
    console.log(
      `\n${worst <= TARGET_MS ? "PASS" : "FAIL"} cold-start: slowest event ${ms(worst)} from process start to exit; target ≤ ${ms(TARGET_MS)}`,
    );
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
