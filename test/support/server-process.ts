/**
 * The Probot app server as it is deployed, in a child process: `node dist/server.js` (what `npm start` runs;
 * WGBOT_SERVER_BUNDLE points at another build of src/server/run.ts), or `npm start` itself. It listens on a port the
 * system picks (PORT=0), read back from its "listening on" line, with a bounded wait; it runs in its own process
 * group (npm → sh → node), so stopping it stops them all.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SERVER_BUNDLE = process.env.WGBOT_SERVER_BUNDLE || join(ROOT, "dist", "server.js");

/** How long the server may take to say it is listening, on a loaded machine. */
const START_TIMEOUT_MS = 20_000;

export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>`, from its "listening on" line. */
  url: string;
  port: number;
  /** Everything it wrote so far, stdout and stderr. */
  output: () => string;
  /** SIGTERM to its process group; resolves when it has exited. */
  stop: () => Promise<void>;
}

export interface Launch {
  /** `npm start` rather than `node <bundle>`: the deployment's own command. */
  npm?: boolean;
  /** Another folder holding package.json and dist/server.js (a fresh build: test/support/server-build.ts). */
  cwd?: string;
}

/** Spawns the server with exactly `env` (plus PATH and HOME); the caller watches it. */
export function spawnServer(env: Record<string, string>, launch: Launch = {}): ChildProcess {
  const bundle = launch.cwd ? join(launch.cwd, "dist", "server.js") : SERVER_BUNDLE;
  if (!launch.npm && !existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\`.`);
  const [command, args] = launch.npm ? ["npm", ["start"]] : [process.execPath, [bundle]];
  return spawn(command as string, args as string[], {
    cwd: launch.cwd ?? ROOT,
    detached: true,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  return closed;
}

/** Runs the server until it exits by itself (a refused configuration): its exit code and output. */
export async function runServerToExit(
  env: Record<string, string>,
  launch: Launch = {},
): Promise<{ code: number | null; stdout: string; stderr: string; output: string }> {
  const child = spawnServer(env, launch);
  let stdout = "";
  let stderr = "";
  let output = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
    output += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
    output += d;
  });
  const timer = setTimeout(() => void stopProcess(child), START_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  return { code, stdout, stderr, output };
}

/** Starts the server on a free port and waits until it listens; fails with its output if it exits or hangs. */
export async function startServerProcess(
  env: Record<string, string>,
  launch: Launch = {},
): Promise<ServerProcess> {
  const child = spawnServer({ HOST: "127.0.0.1", ...env, PORT: "0" }, launch);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopProcess(child);
      reject(new Error(`the server did not listen within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (d: Buffer) => {
      output += d;
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    url,
    port: Number(new URL(url).port),
    output: () => output,
    stop: () => stopProcess(child),
  };
}
