/**
 * `npm start` passes SIGTERM and SIGINT on to the server: npm forwards a signal to the script it runs, and the
 * script `exec`s node, so the signal reaches the server itself (with `sh -c "node …"` the shell took it and exited,
 * npm exited, and the server kept running, orphaned). Only npm is signalled here, as a supervisor or a terminal's
 * Ctrl-C would, never the process group. The server is the current sources' build (test/support/server-build.ts).
 */
import { describe, expect, it } from "vitest";
import { testPrivateKey } from "../support/keys.ts";
import { serverBuild } from "../support/server-build.ts";
import { startServerProcess } from "../support/server-process.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.each(["SIGTERM", "SIGINT"] as const)("npm start, then %s to npm alone", (signal) => {
  it("stops the server too, cleanly", async () => {
    const server = await startServerProcess(
      {
        NODE_ENV: "production",
        APP_ID: "1",
        PRIVATE_KEY: testPrivateKey(),
        WEBHOOK_SECRET: "s",
        LOG_FORMAT: "json",
      },
      { npm: true, cwd: await serverBuild() },
    );
    try {
      // The server's own process id, from its JSON log line (npm's is server.child.pid).
      const listening = server
        .output()
        .split("\n")
        .find((line) => line.includes("listening on"));
      const pid = Number((JSON.parse(listening as string) as { pid: number }).pid);
      expect(pid).not.toBe(server.child.pid);
      expect(alive(pid)).toBe(true);
      const closed = new Promise((resolve) => server.child.once("close", resolve));
      process.kill(server.child.pid as number, signal);
      await closed;
      // npm has exited once the server has: give the kernel a moment to reap it, never wait long.
      for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
      expect(alive(pid)).toBe(false);
      expect(server.output()).toContain(`${signal}: stopping`);
    } finally {
      await server.stop();
    }
  });
});
