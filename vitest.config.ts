import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Files that replace a module (vi.mock) need a module graph of their own. */
const MOCKS_MODULES = ["test/hostile/filesystem.test.ts"];

/**
 * The slowest files, slowest first (about 10 to 30 seconds each). They start first, so the two workers finish
 * together: without the record of earlier runs (a fresh clone, as on CI), vitest would start files in order of size,
 * and a 30-second file started last would run on alone.
 */
const SLOWEST = [
  "test/e2e/sweep-year.test.ts",
  "test/faults/commands.test.ts",
  "test/hostile/yaml.test.ts",
  "test/forms/hostile.test.ts",
  "test/e2e/races.test.ts",
  "test/faults/request.test.ts",
  "test/site/browser.test.ts",
  "test/faults/labels.test.ts",
  "test/hostile/commands.test.ts",
  "test/server/redis-scale-out.test.ts",
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Projects still run one after the other, in vitest's order; within one, the slowest files go first.
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    const rank = (f: TestSpecification) => {
      const i = SLOWEST.findIndex((path) => f.moduleId.endsWith(path));
      return i < 0 ? SLOWEST.length : i;
    };
    return sorted
      .map((file, i) => ({ file, i }))
      .sort(
        (a, b) =>
          projects.indexOf(a.file.project.name) - projects.indexOf(b.file.project.name) ||
          rank(a.file) - rank(b.file) ||
          a.i - b.i,
      )
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    // Tests never reach the network: the loopback fake GitHub (test/support/fake-github.ts) answers every request.
    testTimeout: 20_000,
    pool: "forks",
    sequence: { sequencer: SlowestFirst },
    // Vitest's default is one worker fewer than the CPUs: one worker on the 2-CPU CI machines. Most files wait on
    // loopback I/O and child processes, so two run well side by side (the suite takes half the time).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Each worker runs its files one after another without a fresh module graph per file: Probot, Octokit and
        // the app load once per worker instead of once per file (about a third of the suite's time). So tests share
        // nothing through module state: each builds its own fake GitHub, app and clients.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: MOCKS_MODULES, isolate: false },
      },
      { extends: true, test: { name: "isolated", include: MOCKS_MODULES, isolate: true } },
    ],
  },
});
