/**
 * The Probot app server behind `npm start`: Probot's standard environment, webhook signature verification, a
 * health endpoint, and the Octokit class whose rate-limit retries are bounded. It adds no rules: webhooks go to
 * app.ts, which hands them to the core.
 *
 * Environment (Probot's names, checked in settings.ts): APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET,
 * PORT (3000), HOST, WEBHOOK_PATH (/api/github/webhooks), LOG_LEVEL (info), LOG_FORMAT (json in production, else
 * pretty), GHE_HOST and GHE_PROTOCOL (GitHub Enterprise Server), REDIS_URL (instances share rate limits and item
 * locks; needs the ioredis package), WEBHOOK_PROXY_URL (a smee.io channel, for development; needs smee-client).
 * A `.env` file in the working directory is read first (main.ts); real variables win over it.
 */
import { createServer, type Server } from "node:http";
import { createNodeMiddleware, createProbot, type Probot } from "probot";
import { createApp } from "../app.ts";
import type { Timing } from "../github/limits.ts";
import { wgbotProbotOctokit } from "../github/probot-octokit.ts";
import { localItemLocks } from "../router/item-locks.ts";
import { createGate } from "./gate.ts";
import { boundAddress, listen, packageInfo } from "./listen.ts";
import { createLog } from "./log.ts";
import { type LoadPackage, loadPackage, redactUrl, redisLocks, webhookProxy } from "./optional-packages.ts";
import { ServerConfigError, type ServerEnv, serverSettings } from "./settings.ts";

export const HEALTH_PATH = "/healthz";

/**
 * The largest webhook body accepted, in bytes. GitHub caps payloads at 25 MB, but the events wgbot handles are
 * small: an issue or comment body is at most 65,536 characters, so even an `issues.edited` payload carrying two
 * such bodies of escaped characters stays under 1 MiB. A larger body is refused with 413 before it is read (by
 * its Content-Length) or as soon as it passes the limit (a body sent in chunks): unauthenticated senders cannot
 * make the server buffer more than this before the signature is checked.
 */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface RunningServer {
  /** A URL this machine reaches the server at (loopback when it listens on every interface). */
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
    /** GitHub's times for the client's retries and time limits, unless a test shortens them. */
    timing?: Timing;
    /** How optional packages (ioredis, smee-client) are loaded; tests pass stand-ins. */
    load?: LoadPackage;
  } = {},
): Promise<RunningServer> {
  const settings = serverSettings(env);
  const load = options.load ?? loadPackage;
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
  // Loaded before Probot, which would otherwise try to load ioredis itself and only log when it cannot.
  const shared = settings.redisUrl ? await redisLocks(settings.redisUrl, log, load) : undefined;
  let probot: Probot;
  try {
    probot = createProbot({
      env,
      overrides: {
        // Retries stay on either way; WGBOT_THROTTLE=off only stops the spacing of writes.
        Octokit: wgbotProbotOctokit({ throttle: settings.throttle, retry: true, timing: options.timing }),
        log,
        webhookPath: settings.webhookPath,
      },
    });
    await probot.ready();
  } catch (error) {
    await shared?.close();
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
    deliver: await createNodeMiddleware(
      createApp({ now: options.now, locks: shared?.locks ?? localItemLocks() }),
      {
        probot,
        webhooksPath: settings.webhookPath,
      },
    ),
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

  try {
    await listen(server, settings.port, settings.host);
  } catch (error) {
    await shared?.close();
    throw error;
  }
  const bound = boundAddress(server);
  const target = `${bound.local}${settings.webhookPath}`;
  let stopProxy: (() => void) | undefined;
  try {
    if (settings.webhookProxyUrl)
      stopProxy = await webhookProxy(
        settings.webhookProxyUrl,
        target,
        probot.log.child({ name: "smee" }),
        load,
      );
  } catch (error) {
    server.close();
    await shared?.close();
    throw error;
  }
  const extras = [
    bound.everywhere ? "all interfaces" : "",
    `webhooks at ${settings.webhookPath}`,
    `health at ${HEALTH_PATH}`,
    settings.redisUrl ? `sharing rate limits and item locks through ${redactUrl(settings.redisUrl)}` : "",
    settings.webhookProxyUrl ? `forwarding deliveries from ${settings.webhookProxyUrl}` : "",
  ].filter(Boolean);
  probot.log.info(`wgbot ${pkg.version} listening on ${bound.url} (${extras.join(", ")})`);
  return {
    url: bound.local,
    probot,
    server,
    close: async () => {
      stopProxy?.();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        gate.close();
      });
      await shared?.close();
    },
  };
}
