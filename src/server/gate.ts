/**
 * The gate every request passes before any route logic: nothing a stranger sends costs more than
 * MAX_WEBHOOK_BYTES of reading, and nothing but a complete, signed, well-formed delivery of a GitHub event
 * reaches Probot's middleware. Each refusal answers with a short JSON error and logs one line: the status, the
 * reason and the (quoted, cut) delivery id, never a stack or the payload.
 *
 * Routing is by the exact path. GitHub posts to the URL set in the App's settings byte for byte, so a delivery
 * never arrives as `/./api/github/webhooks`, `/api/github/%2e/webhooks`, `//api/github/webhooks`, `/x/../…`, with
 * `%2F` or with a trailing slash: such spellings come from someone else and get 404, their body unread. Accepting
 * them would mean normalising here exactly as Probot's middleware does (WHATWG URL resolves `%2e` and `..`, and
 * reads `//api/…` as a host): any difference between the two parsers would be a path to the middleware that skips
 * this gate. With one spelling, the gate and the middleware cannot disagree. A query string is ignored (an App's
 * webhook URL may carry one; the middleware ignores it too).
 */

import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { emitterEventNames } from "@octokit/webhooks";
import type { Logger } from "pino";
import { escapeForLog, quoteForLog } from "./log.ts";

export interface GateOptions {
  webhookPath: string;
  healthPath: string;
  /** The largest body read, declared or streamed. */
  maxBytes: number;
  /** Where refusals are logged, one line each. */
  log: Logger;
  /** Adds status, reason and delivery as JSON fields too (the pretty format would print them on lines of their own). */
  structuredLog: boolean;
  /** Checks X-Hub-Signature-256 against the body, with the secret Probot verifies with. */
  verify: (body: string, signature: string) => Promise<boolean>;
  /** The health endpoint's JSON. */
  health: () => string;
  /** Probot's middleware, given a delivery the gate accepted, its body already read into `req.body`. */
  deliver: (req: IncomingMessage, res: ServerResponse) => unknown;
}

/** After a refusal with the body still coming: how much more is read (and dropped), and when the socket is destroyed. */
const LINGER_BYTES = 64 * 1024;
const LINGER_MS = 2_000;
/** The same test as Probot's middleware, so a type it would refuse is refused here first. */
const JSON_TYPE = /^\s*(application\/json)\s*(?:;|$)/u;
const REQUIRED_HEADERS = ["x-github-event", "x-hub-signature-256", "x-github-delivery"];
/** GitHub's event names, as X-GitHub-Event carries them (the list Probot's webhooks library validates with). */
const GITHUB_EVENTS = new Set<string>(emitterEventNames.filter((name) => !name.includes(".")));

interface Refusal {
  status: number;
  reason: string;
  /** What the sender is told. */
  error: string;
}

export interface Gate {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Ends the connections still lingering after a refusal (on shutdown). */
  close: () => void;
}

export function createGate(options: GateOptions): Gate {
  const lingering = new Set<Socket>();

  function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
    const delivery = quoteForLog(req.headers["x-github-delivery"]);
    const path = quoteForLog(req.url, 100);
    const line = `refused ${req.method} ${path}: ${refusal.status} ${refusal.reason} (delivery ${delivery})`;
    const fields = options.structuredLog
      ? {
          status: refusal.status,
          reason: refusal.reason,
          delivery: escapeForLog(req.headers["x-github-delivery"]),
          path: escapeForLog(req.url, 100),
        }
      : {};
    if (refusal.status === 404) options.log.info(fields, line);
    else options.log.warn(fields, line);
    answer(req, res, refusal.status, JSON.stringify({ error: refusal.error }));
  }

  /**
   * Answers. With the request's body still coming, the answer goes on the socket itself with `Connection: close`
   * (Node's response object would otherwise read the whole rest of the body to keep the connection): our side is
   * ended, and what still comes is read and dropped until LINGER_BYTES more have come; then reading stops, and the
   * socket is destroyed after LINGER_MS. Destroying it at once, with the client still sending, would reset the
   * connection, and the client could lose the answer before reading it: a stopped reader instead makes the
   * client's sending wait (TCP flow control) while it reads the answer.
   */
  function answer(req: IncomingMessage, res: ServerResponse, status: number, body: string): void {
    const headers = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store",
    };
    const text = req.method === "HEAD" ? "" : body;
    if (req.socket.destroyed) return; // the sender is gone: the log line is all there is
    if (!bodyPending(req)) {
      res.writeHead(status, headers).end(text);
      return;
    }
    const socket = req.socket;
    res.on("error", () => {}); // the response object is abandoned: its socket is ours now
    const head = Object.entries({ ...headers, connection: "close" }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join("")}\r\n${text}`);
    req.removeAllListeners("data");
    let dropped = 0;
    req.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped >= LINGER_BYTES) req.pause();
    });
    req.resume();
    lingering.add(socket);
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once("close", () => {
      clearTimeout(timer);
      lingering.delete(socket);
    });
  }

  async function webhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = req.headers["content-type"];
    if (typeof type !== "string" || !JSON_TYPE.test(type))
      return refuse(req, res, {
        status: 415,
        reason: "wrong content type",
        error: 'Unsupported "Content-Type" header value. Must be "application/json"',
      });
    const missing = REQUIRED_HEADERS.filter((name) => req.headers[name] === undefined);
    if (missing.length > 0)
      return refuse(req, res, {
        status: 400,
        reason: `missing ${missing.join(", ")}`,
        error: `Required headers missing: ${missing.join(", ")}`,
      });
    const event = String(req.headers["x-github-event"]);
    if (!GITHUB_EVENTS.has(event))
      return refuse(req, res, {
        status: 400,
        reason: `unknown event ${quoteForLog(event, 40)}`,
        error: "X-GitHub-Event is not a GitHub webhook event.",
      });
    const body = await readBody(req, options.maxBytes);
    if (body === "too large") return refuse(req, res, tooLarge(options.maxBytes, "streamed"));
    if (body === "cut")
      return refuse(req, res, {
        status: 400,
        reason: "connection closed mid-body",
        error: "Incomplete body.",
      });
    if (!(await options.verify(body, String(req.headers["x-hub-signature-256"])).catch(() => false)))
      return refuse(req, res, {
        status: 400,
        reason: "bad signature",
        error: "The signature does not match the payload and the webhook secret (X-Hub-Signature-256).",
      });
    if (!isJsonObject(body))
      return refuse(req, res, {
        status: 400,
        reason: "malformed JSON",
        error: "The payload is not a JSON object.",
      });
    // Probot's middleware reads a body given as a string instead of the stream, and verifies it again.
    (req as IncomingMessage & { body?: string }).body = body;
    if ((await options.deliver(req, res)) !== true)
      refuse(req, res, { status: 404, reason: "not handled", error: "Not found" });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The limit first, for every request whatever its path or method: a declared size is enough to refuse.
    const declared = Number(req.headers["content-length"]);
    if (declared > options.maxBytes) return refuse(req, res, tooLarge(options.maxBytes, "declared"));
    const path = (req.url ?? "").split("?")[0];
    if (path === options.healthPath && (req.method === "GET" || req.method === "HEAD"))
      return answer(req, res, 200, options.health());
    if (path === options.webhookPath && req.method === "POST") return webhook(req, res);
    refuse(req, res, { status: 404, reason: "unknown path", error: "Not found" });
  }

  return {
    handle,
    close: () => {
      for (const socket of lingering) socket.destroy();
    },
  };
}

function tooLarge(limit: number, how: "declared" | "streamed"): Refusal {
  return {
    status: 413,
    reason: `too large (${how} over ${limit} bytes)`,
    error: `Payload too large: wgbot accepts webhooks of at most ${limit} bytes.`,
  };
}

/** A body is still to come: one is announced (by length or chunked) and has not been read to its end. */
function bodyPending(req: IncomingMessage): boolean {
  const announced =
    req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  return announced && !req.readableEnded;
}

/**
 * The body as UTF-8 text; "too large" as soon as more than `limit` bytes have come (what came is dropped, and the
 * stream is left paused for the refusal to close); "cut" when the connection ends before the body does.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | "too large" | "cut"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: "too large" | "cut") => {
      req.off("data", onData).off("end", onEnd).off("error", onCut).off("close", onCut);
      chunks.length = 0;
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.pause();
      stop("too large");
    };
    const onEnd = () => {
      req.off("error", onCut).off("close", onCut);
      resolve(new TextDecoder().decode(Buffer.concat(chunks)));
    };
    const onCut = () => stop("cut");
    req.on("data", onData).once("end", onEnd).once("error", onCut).once("close", onCut);
  });
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
