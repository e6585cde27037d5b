import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests never reach the network: nock or the loopback fake GitHub answer every request.
    testTimeout: 20_000,
    pool: "forks",
  },
});
