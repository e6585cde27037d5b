/**
 * The server's optional packages, loaded only when their setting is used: ioredis for REDIS_URL (an optional
 * dependency of wgbot) and smee-client for WEBHOOK_PROXY_URL (a development tool, installed by whoever wants it).
 * Each is loaded at start, so a missing package stops the start with how to install it, not a request later.
 */

import type { ItemLocks } from "../router/item-locks.ts";
import { LOCK_DEFAULTS, type LockRedis, redisItemLocks } from "./redis-locks.ts";
import { ServerConfigError } from "./settings.ts";

/** Imports a package by name (tests pass a loader of their own). */
export type LoadPackage = (name: string) => Promise<unknown>;

export const loadPackage: LoadPackage = (name) => import(name);

interface RedisClient extends LockRedis {
  connect(): Promise<unknown>;
  quit(): Promise<unknown>;
  disconnect(): void;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** How long the start waits for Redis to answer before it refuses to run with a REDIS_URL it cannot use. */
const REDIS_CONNECT_MS = 10_000;

export interface SharedLocks {
  locks: ItemLocks;
  close: () => Promise<void>;
}

/**
 * Item locks through Redis, on a connection of their own (Probot opens another for the rate limiter). The start
 * connects first, so a REDIS_URL that leads nowhere stops it with that address rather than failing every delivery.
 * Later connection errors are logged by ioredis's reconnecting client and retried; a lock that cannot be taken
 * fails its delivery.
 */
export async function redisLocks(
  url: string,
  log: { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void },
  load: LoadPackage = loadPackage,
): Promise<SharedLocks> {
  const Redis = await required(load, "ioredis", "REDIS_URL", "npm install ioredis", (m) => {
    const mod = m as { Redis?: unknown; default?: unknown };
    return mod.Redis ?? mod.default;
  });
  const client = new (Redis as new (url: string, options: object) => RedisClient)(url, { lazyConnect: true });
  let started = false;
  // Before the start has connected, the socket's own error says more than the "Connection is closed." that follows.
  let first: Error | undefined;
  client.on("error", (error) => {
    if (started) log.error(`Redis (${redactUrl(url)}): ${error.message}`);
    else first ??= error;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${REDIS_CONNECT_MS / 1000} s`)),
          REDIS_CONNECT_MS,
        );
      }),
    ]);
  } catch (error) {
    client.disconnect();
    throw new ServerConfigError(
      `Cannot reach Redis at ${redactUrl(url)} (REDIS_URL): ${(first ?? (error as Error)).message}. Check the address, or unset REDIS_URL to run one instance without it.`,
    );
  } finally {
    clearTimeout(timer);
  }
  started = true;
  return {
    locks: redisItemLocks(client, { ...LOCK_DEFAULTS, log }),
    close: async () => {
      await client.quit().catch(() => {});
    },
  };
}

interface ProxyClient {
  start(): Promise<{ close?: () => void } | undefined> | { close?: () => void } | undefined;
  stop?: () => unknown;
}

/** Forwards the deliveries of a smee.io channel to this server's webhook path (Probot's WEBHOOK_PROXY_URL). */
export async function webhookProxy(
  source: string,
  target: string,
  logger: { info: (message: string) => void; error: (message: string) => void },
  load: LoadPackage = loadPackage,
): Promise<() => void> {
  const SmeeClient = await required(
    load,
    "smee-client",
    "WEBHOOK_PROXY_URL",
    "npm install --no-save smee-client",
    (m) => (m as { SmeeClient?: unknown }).SmeeClient,
  );
  const client = new (SmeeClient as new (options: object) => ProxyClient)({ source, target, logger });
  const events = await client.start();
  return () => {
    if (events?.close) events.close();
    else void client.stop?.();
  };
}

async function required(
  load: LoadPackage,
  name: string,
  setting: string,
  install: string,
  pick: (mod: unknown) => unknown,
): Promise<unknown> {
  let found: unknown;
  try {
    found = pick(await load(name));
  } catch {
    found = undefined;
  }
  if (typeof found !== "function")
    throw new ServerConfigError(
      `${setting} is set, but the ${name} package is not installed: run \`${install}\` in wgbot's folder, or unset ${setting}.`,
    );
  return found;
}

/** A Redis URL for the log, its password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}
