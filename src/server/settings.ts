/**
 * The server's settings, read from Probot's environment variables and checked before anything starts: every
 * problem is named at once, with how to fix it, instead of Probot defaulting silently or failing at the first
 * webhook.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";

export type ServerEnv = Record<string, string | undefined>;

/** A setting is missing or wrong: the server refuses to start and says which and how to fix it. */
export class ServerConfigError extends Error {}

export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

export interface ServerSettings {
  port: number;
  host: string | undefined;
  webhookPath: string;
  production: boolean;
  /** False when running outside production without WEBHOOK_SECRET (Probot's "development" secret is used). */
  secretConfigured: boolean;
  /** False with WGBOT_THROTTLE=off: writes are not spaced (load tests against a fake GitHub only). */
  throttle: boolean;
  /** REDIS_URL: instances share rate limits and item locks through it. */
  redisUrl: string | undefined;
  /** WEBHOOK_PROXY_URL: a smee.io channel whose deliveries are forwarded here (local development). */
  webhookProxyUrl: string | undefined;
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
  else if (!env.PRIVATE_KEY?.trim()) {
    const missing = keyFileProblem(env.PRIVATE_KEY_PATH?.trim() ?? "");
    if (missing) problems.push(missing);
  }
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
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    problems.push(`REDIS_URL must start with redis:// or rediss://, not '${redisUrl}'.`);
  const webhookProxyUrl = env.WEBHOOK_PROXY_URL?.trim() || undefined;
  if (webhookProxyUrl && !/^https?:\/\/[^\s/]+/.test(webhookProxyUrl))
    problems.push(
      `WEBHOOK_PROXY_URL must be a web address such as https://smee.io/<channel>, not '${webhookProxyUrl}'.`,
    );
  if (problems.length > 0) throw new ServerConfigError(problems.join("\n"));
  return {
    port,
    host: env.HOST?.trim() || undefined,
    webhookPath,
    production,
    secretConfigured,
    throttle: throttleText === "on",
    redisUrl,
    webhookProxyUrl,
  };
}

/** PRIVATE_KEY_PATH must name a readable file; Probot would otherwise fail with a message about something else. */
function keyFileProblem(path: string): string | undefined {
  const full = resolve(path);
  const shown = full === path ? `'${path}'` : `'${path}' (${full})`;
  try {
    if (statSync(full).isFile()) return undefined;
    return `PRIVATE_KEY_PATH names ${shown}, which is not a file: give the path of the App's private key (.pem).`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return `PRIVATE_KEY_PATH names ${shown}, but there is no such file: check the path (a relative path starts from the folder the server runs in), or give the key itself in PRIVATE_KEY.`;
    return `PRIVATE_KEY_PATH names ${shown}, which cannot be read (${code}): let the server's user read it.`;
  }
}
