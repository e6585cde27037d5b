/**
 * The server's logger, made here rather than by Probot so that every line is valid JSON with each key once.
 * Probot names its loggers by child bindings (`probot`, then `event`, `octokit`, `github`…), and pino appends a
 * child's bindings to its parent's without removing the keys they replace: Probot's own logger writes
 * `"name":"probot","name":"probot","name":"event"`. JSON.parse keeps the last of them, which is the value pino
 * means, but log pipelines that reject or merge duplicate keys do not. pino's `streamWrite` hook sees each
 * finished line: parsing and writing it again keeps exactly what JSON.parse would read, once. The line is then
 * formatted as Probot formats it (pretty, or JSON, with LOG_LEVEL_IN_STRING and SENTRY_DSN honoured).
 */
import { getTransformStream } from "@probot/pino";
import pino, { type Logger } from "pino";

export interface LogOptions {
  level: string;
  format: "json" | "pretty";
  levelInString?: boolean;
  messageKey?: string;
  sentryDsn?: string;
  /** Where lines go: standard output unless a test captures them. */
  destination?: NodeJS.WritableStream;
}

export async function createLog(options: LogOptions): Promise<Logger> {
  const transform = await getTransformStream({
    logFormat: options.format,
    logLevelInString: options.levelInString,
    sentryDsn: options.sentryDsn || undefined,
  });
  transform.pipe((options.destination ?? pino.destination(1)) as NodeJS.WritableStream);
  // No `name` here (Probot's own getLog sets one): Probot adds `name: "probot"` as a child binding anyway.
  return pino(
    {
      level: options.level,
      messageKey: options.messageKey || "msg",
      hooks: { streamWrite: uniqueKeys },
    },
    transform,
  );
}

/** One pino line with each key once, the last value of a repeated key kept (what JSON.parse reads). */
export function uniqueKeys(line: string): string {
  return `${JSON.stringify(JSON.parse(line))}\n`;
}

/**
 * A header value, such as X-GitHub-Delivery, fit for a log line: anyone can send any value, so it is cut to `max`
 * characters and quoted, with quotes, backslashes and every character outside printable ASCII escaped (no line
 * breaks, terminal escapes or bidi controls reach the log).
 */
export function quoteForLog(value: string | string[] | undefined, max = 64): string {
  if (value === undefined) return "none";
  const text = Array.isArray(value) ? value.join(", ") : value;
  const shown = `"${escapeForLog(text.slice(0, max))}"`;
  return text.length > max ? `${shown}... (${text.length} characters)` : shown;
}

/** The same, unquoted, for a JSON field: cut to `max` characters, everything outside printable ASCII escaped. */
export function escapeForLog(value: string | string[] | undefined, max = 64): string | undefined {
  if (value === undefined) return undefined;
  const text = (Array.isArray(value) ? value.join(", ") : value).slice(0, max);
  return text.replace(/[^\x20-\x7e]|["\\]/g, (c) =>
    c === '"' || c === "\\" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
