/**
 * `npm start` (and `node dist/server.js`, which it runs): reads `.env`, starts the server and stops it cleanly on
 * SIGTERM or SIGINT. `npm start` runs the server with `exec`, so the signal npm forwards reaches this process
 * itself rather than a shell that would exit and leave the server running.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type RunningServer, startServer } from "./server.ts";
import { ServerConfigError } from "./settings.ts";

/** Returns the exit code for a failed start; a started server keeps the process alive until a signal. */
export async function main(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  const dotenv = join(cwd, ".env");
  if (existsSync(dotenv)) process.loadEnvFile(dotenv);
  let running: RunningServer | undefined;
  let signalled: string | undefined;
  // The process ends by itself once the server is closed, after the last log lines are written (process.exit at
  // once could drop them); the timer only ends a process something still holds open.
  const finish = (code: number) => {
    process.exitCode = code;
    setTimeout(() => process.exit(code), 2_000).unref();
  };
  const stop = (server: RunningServer, signal: string) => {
    server.probot.log.info(`${signal}: stopping`);
    server.close().then(
      () => finish(0),
      () => finish(1),
    );
  };
  // Listened for from the start, so a signal that comes while the server starts stops it as soon as it has started.
  const onSignal = (signal: string) => {
    // A second signal while stopping (an impatient Ctrl-C) ends at once.
    if (signalled) process.exit(1);
    signalled = signal;
    if (running) stop(running, signal);
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));
  try {
    running = await startServer(env);
  } catch (error) {
    if (error instanceof ServerConfigError) {
      process.stderr.write(`wgbot server: cannot start.\n${error.message}\n`);
      return 1;
    }
    process.stderr.write(`wgbot server: cannot start: ${(error as Error).stack ?? error}\n`);
    return 1;
  }
  if (signalled) stop(running, signalled);
  return 0;
}
