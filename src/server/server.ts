/**
 * The Probot app server behind `npm start`: Probot's standard environment, webhook signature verification, a
 * health endpoint, and the Octokit class whose rate-limit retries are bounded. It adds no rules: webhooks go to
 * app.ts, which hands them to the core.
 *
 * Environment (Probot's names): APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT (3000), HOST,
 * WEBHOOK_PATH (/api/github/webhooks), LOG_LEVEL (info), LOG_FORMAT (json in production, else pretty),
 * GHE_HOST and GHE_PROTOCOL (GitHub Enterprise Server), REDIS_URL (share rate limits between instances; needs
 * the ioredis package). A `.env` file in the working directory is read first; real variables win over it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createNodeMiddleware, createProbot, type Probot } from "probot";
import { createApp } from "../app.ts";
import { wgbotProbotOctokit } from "../github/probot-octokit.ts";
import { templatesDir } from "../templates-folder.ts";
import { createGate } from "./gate.ts";
import { createLog } from "./log.ts";

export type ServerEnv = Record<string, string | undefined>;

/** A setting is missing or wrong: the server refuses to start and says which and how to fix it. */
export class ServerConfigError extends Error {}

export const HEALTH_PATH = "/healthz";
export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

/**
 * The largest webhook body accepted, in bytes. GitHub caps payloads at 25 MB, but the events wgbot handles are
 * small: an issue or comment body is at most 65,536 characters, so even an `issues.edited` payload carrying two
 * such bodies of escaped characters stays under 1 MiB. A larger body is refused with 413 before it is read (by
 * its Content-Length) or as soon as it passes the limit (a body sent in chunks): unauthenticated senders cannot
 * make the server buffer more than this before the signature is checked.
 */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface ServerSettings {
  port: number;
  host: string | undefined;
  webhookPath: string;
  production: boolean;
  /** False when running outside production without WEBHOOK_SECRET (Probot's "development" secret is used). */
  secretConfigured: boolean;
  /** False with WGBOT_THROTTLE=off: writes are not spaced (load tests against a fake GitHub only). */
  throttle: boolean;
}

/** Checks the settings Probot would otherwise default silently; throws ServerConfigError naming every problem. */
export function serverSettings(env: ServerEnv): ServerSettings {
  const problems: string[] = [];
  const production = env.NODE_ENV === "production";
  if (!env.APP_ID?.trim())
    problems.push("APP_ID is not set: use the App ID from the GitHub App's settings page.");
  else if (!/^[1-9]\d*$/.test(env.APP_ID.trim()))
    problems.push(`APP_ID must be a number, not '${env.APP_ID}'.`);
  if (!env.PRIVATE_KEY?.trim() && !env.PRIVATE_KEY_PATH?.trim())
    problems.push(
      "Neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set: give the App's private key (a .pem file) in one of them.",
    );
  const secretConfigured = Boolean(env.WEBHOOK_SECRET);
  if (!secretConfigured && production)
    problems.push(
      "WEBHOOK_SECRET is not set. In production wgbot refuses to start without it, because webhooks could not be verified: set it to the secret in the GitHub App's webhook settings.",
    );
  const portText = env.PORT?.trim() || "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT must be a port number, not '${env.PORT}'.`);
  const webhookPath = env.WEBHOOK_PATH?.trim() || DEFAULT_WEBHOOK_PATH;
  // The gate routes by the exact path (see gate.ts), so the path must have one spelling: the one GitHub is given.
  if (!/^(?:\/[A-Za-z0-9._~-]+)+\/?$/.test(webhookPath) || /\/\.\.?(?:\/|$)/.test(webhookPath))
    problems.push(
      `WEBHOOK_PATH must be a plain path such as ${DEFAULT_WEBHOOK_PATH} (letters, digits and -._~ between single slashes, no . or .. segments, no %-escapes or query), not '${webhookPath}'.`,
    );
  if (env.GHE_PROTOCOL && !["http", "https"].includes(env.GHE_PROTOCOL))
    problems.push(`GHE_PROTOCOL must be http or https, not '${env.GHE_PROTOCOL}'.`);
  const throttleText = env.WGBOT_THROTTLE?.trim() || "on";
  if (throttleText !== "on" && throttleText !== "off")
    problems.push(`WGBOT_THROTTLE must be on or off, not '${env.WGBOT_THROTTLE}'.`);
  if (problems.length > 0) throw new ServerConfigError(problems.join("\n"));
  return {
    port,
    host: env.HOST?.trim() || undefined,
    webhookPath,
    production,
    secretConfigured,
    throttle: throttleText === "on",
  };
}

export interface RunningServer {
  url: string;
  probot: Probot;
  /** The HTTP server itself (tests count the bytes its sockets read). */
  server: Server;
  close: () => Promise<void>;
}

/**
 * How long a client may take to send one whole request, headers and body. GitHub sends a delivery (1 MiB at most)
 * in well under a second; without a limit of our own, Node's 5 minutes would let a stranger hold a connection and up
 * to 1 MiB of memory that long by trickling a byte at a time. Answered 408 and closed.
 */
export const REQUEST_RECEIVE_TIMEOUT_MS = 30_000;

export async function startServer(
  env: ServerEnv,
  options: {
    now?: () => Date;
    logDestination?: NodeJS.WritableStream;
    /** REQUEST_RECEIVE_TIMEOUT_MS unless a test shortens it. */
    requestTimeoutMs?: number;
  } = {},
): Promise<RunningServer> {
  const settings = serverSettings(env);
  if (env.REDIS_URL) await requireIoredis();
  const format =
    env.LOG_FORMAT === "pretty" || env.LOG_FORMAT === "json"
      ? env.LOG_FORMAT
      : settings.production
        ? "json"
        : "pretty";
  const log = await createLog({
    level: env.LOG_LEVEL || "info",
    format,
    levelInString: env.LOG_LEVEL_IN_STRING === "true",
    messageKey: env.LOG_MESSAGE_KEY,
    sentryDsn: env.SENTRY_DSN,
    destination: options.logDestination,
  });
  let probot: Probot;
  try {
    probot = createProbot({
      env,
      overrides: {
        // Retries stay on either way; WGBOT_THROTTLE=off only stops the spacing of writes.
        Octokit: wgbotProbotOctokit({ throttle: settings.throttle, retry: true }),
        log,
        webhookPath: settings.webhookPath,
      },
    });
    await probot.ready();
  } catch (error) {
    const message = (error as Error).message;
    if (/privateKey/i.test(message))
      throw new ServerConfigError(
        `The private key cannot be read (PRIVATE_KEY or PRIVATE_KEY_PATH): ${message}`,
      );
    throw error;
  }
  if (!settings.secretConfigured)
    probot.log.warn(
      "WEBHOOK_SECRET is not set: webhooks are verified with Probot's development secret. Never run like this in production.",
    );
  if (!settings.throttle)
    probot.log.warn(
      "WGBOT_THROTTLE=off: writes to GitHub are not spaced out. This is for load tests against a fake GitHub only: GitHub's secondary rate limits expect the spacing.",
    );

  const pkg = packageInfo();
  const started = Date.now();
  const gate = createGate({
    webhookPath: settings.webhookPath,
    healthPath: HEALTH_PATH,
    maxBytes: MAX_WEBHOOK_BYTES,
    log: probot.log.child({ name: "server" }),
    structuredLog: format === "json",
    verify: (body, signature) => probot.webhooks.verify(body, signature),
    health: () =>
      JSON.stringify({
        status: "ok",
        name: pkg.name,
        version: pkg.version,
        uptime_seconds: Math.round((Date.now() - started) / 1000),
      }),
    // Probot's middleware (signature verified again, then the app's handlers), reached only through the gate.
    deliver: await createNodeMiddleware(createApp({ now: options.now }), {
      probot,
      webhooksPath: settings.webhookPath,
    }),
  });
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_RECEIVE_TIMEOUT_MS;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      // Node looks for late requests this often (30 s by default, which would double the limit).
      connectionsCheckingInterval: Math.max(10, Math.min(5_000, Math.floor(requestTimeout / 4))),
    },
    (req, res) => {
      void gate.handle(req, res).catch((error: unknown) => {
        probot.log.error(error as Error);
        if (!res.headersSent) res.writeHead(500).end();
      });
    },
  );

  await listen(server, settings.port, settings.host);
  const address = server.address() as AddressInfo;
  const wildcard = address.address === "::" || address.address === "0.0.0.0";
  const host = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  probot.log.info(
    `wgbot ${pkg.version} listening on ${url} (webhooks at ${settings.webhookPath}, health at ${HEALTH_PATH})`,
  );
  return {
    url,
    probot,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        gate.close();
      }),
  };
}

/** Name and version, for the health endpoint and the log: read from package.json, which sits beside templates/. */
function packageInfo(): { name: string; version: string } {
  try {
    const pkg = JSON.parse(readFileSync(join(templatesDir(), "..", "package.json"), "utf8")) as {
      name?: string;
      version?: string;
    };
    return { name: pkg.name ?? "wgbot", version: pkg.version ?? "unknown" };
  } catch {
    return { name: "wgbot", version: "unknown" };
  }
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new ServerConfigError(`Port ${port} is already in use: set PORT to a free port.`)
          : error,
      );
    });
    server.listen({ port, host }, resolve);
  });
}

/** Probot loads ioredis on demand when REDIS_URL is set; check now, so a missing package fails the start, not a request. */
async function requireIoredis(): Promise<void> {
  const name = "ioredis";
  try {
    await import(name);
  } catch {
    throw new ServerConfigError(
      "REDIS_URL is set, but the ioredis package is not installed: run `npm install ioredis` next to wgbot, or unset REDIS_URL.",
    );
  }
}

/**
 * `npm start`: reads `.env`, starts the server and stops it cleanly on SIGTERM or SIGINT. Returns the exit code
 * for a failed start; a started server keeps the process alive.
 */
export async function main(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  const dotenv = join(cwd, ".env");
  if (existsSync(dotenv)) process.loadEnvFile(dotenv);
  let running: RunningServer;
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
  const stop = (signal: string) => {
    running.probot.log.info(`${signal}: stopping`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  return 0;
}
