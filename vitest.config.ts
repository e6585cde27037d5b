import { defineConfig } from "vitest/config";

/** Files that replace a module (vi.mock) need a module graph of their own. */
const MOCKS_MODULES = ["test/hostile/filesystem.test.ts"];

export default defineConfig({
  test: {
    // Tests never reach the network: the loopback fake GitHub (test/support/fake-github.ts) answers every request.
    testTimeout: 20_000,
    pool: "forks",
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
