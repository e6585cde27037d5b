/**
 * The server built by src/server/server.ts, listening on loopback in this process, so a test can see what its
 * sockets read (`bytesRead`, counted by the kernel-facing side: what the server consumed, not what it kept) and
 * every line it logs. Its GitHub is the loopback fake, as in the child-process tests.
 */
import { createHmac } from "node:crypto";
import { request } from "node:http";
import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { type RunningServer, startServer } from "../../src/server/server.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";

export const SECRET = "the secret of the in-process server tests";
const privateKey = testPrivateKey();

export interface Harness {
  running: RunningServer;
  fake: FakeGitHub;
  port: number;
  /** Every line logged so far, raw. */
  lines: string[];
  /** The server side of every connection accepted since the last `sockets.length = 0`. */
  sockets: Socket[];
  stop: () => Promise<void>;
}

export async function startHarness(
  env: Record<string, string> = {},
  options: Omit<NonNullable<Parameters<typeof startServer>[1]>, "logDestination"> = {},
): Promise<Harness> {
  const fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\n");
  const lines: string[] = [];
  const logs = new PassThrough();
  let partial = "";
  logs.on("data", (d: Buffer) => {
    const parts = (partial + d.toString()).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
  });
  const running = await startServer(
    {
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      PORT: "0",
      HOST: "127.0.0.1",
      GHE_HOST: new URL(fake.url).host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      ...env,
    },
    { logDestination: logs, ...options },
  ).catch(async (error: unknown) => {
    await fake.stop();
    throw error;
  });
  const sockets: Socket[] = [];
  running.server.on("connection", (socket: Socket) => sockets.push(socket));
  const port = Number(new URL(running.url).port);
  return {
    running,
    fake,
    port,
    lines,
    sockets,
    stop: async () => {
      await running.close();
      await fake.stop();
    },
  };
}

export const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

/**
 * What the server's sockets have read in all, once the exchange is over: a refused connection whose reading has
 * stopped stays open (until the server's linger timer), so this waits a moment for reads in flight, not for close.
 */
export async function bytesRead(sockets: Socket[]): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return sockets.reduce((sum, s) => sum + s.bytesRead, 0);
}

export interface Sent {
  status: number;
  body: string;
  /** Bytes of body the client managed to hand to its socket before the answer (or the end). */
  written: number;
}

/**
 * A request whose body is streamed by the client in 64 KiB chunks, one per turn of the event loop, up to `total`
 * bytes, stopping as soon as the server answers; then the client closes. `declared` sends that Content-Length
 * (and only `total` bytes of it); without it the body is chunked.
 */
export function stream(
  port: number,
  init: { method: string; path: string; headers?: Record<string, string>; total: number; declared?: number },
): Promise<Sent> {
  const chunk = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let answer: { status: number; body: string } | undefined;
    let written = 0;
    let wake = () => {};
    const req = request({
      host: "127.0.0.1",
      port,
      agent: false,
      path: init.path,
      method: init.method,
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": "stream",
        "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
        ...(init.declared === undefined
          ? { "transfer-encoding": "chunked" }
          : { "content-length": String(init.declared) }),
        ...init.headers,
      },
    });
    const finish = () => {
      req.destroy();
      if (answer) resolve({ ...answer, written });
      else reject(new Error(`no answer to ${init.method} ${init.path} after ${written} bytes`));
    };
    req.on("response", (res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      const done = () => {
        answer ??= { status: res.statusCode ?? 0, body };
        wake();
        finish();
      };
      res.on("end", done).on("error", done).on("close", done);
    });
    req.on("error", () => {
      wake();
      // A reset after the answer is the server closing, as it should; before it, a failure.
      if (!answer) setTimeout(finish, 50);
    });
    req.flushHeaders();
    void (async () => {
      while (written < init.total && !answer && !req.destroyed) {
        const ok = req.write(chunk);
        written += chunk.length;
        if (!ok)
          await new Promise<void>((resume) => {
            wake = resume;
            req.once("drain", resume);
          });
        await new Promise((next) => setImmediate(next));
      }
    })();
  });
}
