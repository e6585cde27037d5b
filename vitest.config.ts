import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests never reach the network: nock or the loopback fake GitHub answer every request.
    testTimeout: 20_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the CPUs: one worker on the 2-CPU CI machines. Most files wait on
    // loopback I/O and child processes, so two run well side by side (the suite takes half the time).
    maxWorkers: 2,
  },
});
