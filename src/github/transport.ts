/**
 * The `fetch` Octokit sends GitHub requests through: node:http(s) with kept-alive connections. Node's own fetch
 * (undici's WHATWG pipeline) spends about 0.4 ms of CPU on each request, four times what node:http needs; a
 * server making several requests per webhook spends most of its time there (bench/load.ts). Octokit only reads
 * a response's status, headers, url and text, so the body is read whole and handed over in a standard
 * `Response`.
 *
 * It keeps fetch's behaviour where Octokit relies on it: redirects are followed (303, and 301/302 after a POST,
 * become a GET; credentials are not sent to another origin), gzip/deflate/brotli answers are decoded, an aborted
 * signal rejects with its reason, and a network failure rejects with `TypeError("fetch failed", { cause })`.
 * Anything it does not handle itself — a streamed body, a proxy from the environment — goes to the global fetch.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { brotliDecompress, gunzip, inflate } from "node:zlib";

const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Statuses whose response has no body (a `Response` refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

const agents = {
  "http:": new HttpAgent({ keepAlive: true }),
  "https:": new HttpsAgent({ keepAlive: true }),
};

export interface TransportOptions {
  /** Abandon each request (each redirect hop included) after this long, like `AbortSignal.timeout`. */
  timeoutMs?: number;
  /** For what this transport does not handle itself. */
  fallback?: typeof fetch;
  /** The environment, read for proxy settings. */
  env?: NodeJS.ProcessEnv;
}

/** A fetch over node:http(s), or the fallback when the environment names a proxy (which node:http ignores). */
export function createTransport(options: TransportOptions = {}): typeof fetch {
  const fallback = options.fallback ?? globalThis.fetch;
  const env = options.env ?? process.env;
  const timed = options.timeoutMs === undefined ? fallback : withTimeout(options.timeoutMs, fallback);
  if (usesProxy(env)) return timed;
  return (input, init = {}) => {
    const body = init.body ?? undefined;
    if (
      (body !== undefined && typeof body !== "string" && !(body instanceof Uint8Array)) ||
      input instanceof Request
    )
      return timed(input, init);
    return send(
      new URL(String(input)),
      {
        method: (init.method ?? "GET").toUpperCase(),
        headers: plainHeaders(init.headers),
        ...(body === undefined ? {} : { body }),
        redirect: init.redirect ?? "follow",
        ...(init.signal ? { signal: init.signal } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      },
      0,
    );
  };
}

/** A fetch that gives up on each request after `ms` (every attempt, retries included, gets its own time). */
export function withTimeout(ms: number, base: typeof fetch): typeof fetch {
  return (input, init = {}) => {
    const timeout = AbortSignal.timeout(ms);
    return base(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

function usesProxy(env: NodeJS.ProcessEnv): boolean {
  return ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"].some(
    (name) => (env[name] ?? "") !== "",
  );
}

interface Outgoing {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  redirect: NonNullable<RequestInit["redirect"]>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function send(url: URL, out: Outgoing, hops: number): Promise<Response> {
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent)
    return Promise.reject(new TypeError("fetch failed", { cause: new Error(`unsupported URL ${url}`) }));
  if (out.signal?.aborted) return Promise.reject(abortReason(out.signal));
  return new Promise<Response>((resolve, reject) => {
    const headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br", ...out.headers };
    if (out.body !== undefined) headers["content-length"] = String(Buffer.byteLength(out.body));
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, {
      method: out.method,
      headers,
      agent,
    });
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      request.destroy();
      reject(error);
    };
    const onAbort = () => fail(abortReason(out.signal as AbortSignal));
    out.signal?.addEventListener("abort", onAbort, { once: true });
    const timer =
      out.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () => fail(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
            out.timeoutMs,
          );
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      out.signal?.removeEventListener("abort", onAbort);
    };
    request.on("error", (cause) => fail(new TypeError("fetch failed", { cause })));
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (cause) => fail(new TypeError("fetch failed", { cause })));
      response.on("end", () => {
        if (settled) return;
        settled = true;
        cleanup();
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location !== undefined && out.redirect !== "manual") {
          if (out.redirect === "error" || hops >= MAX_REDIRECTS) {
            reject(new TypeError("fetch failed", { cause: new Error(`redirect from ${url} not followed`) }));
            return;
          }
          send(new URL(location, url), redirected(url, new URL(location, url), status, out), hops + 1).then(
            resolve,
            reject,
          );
          return;
        }
        decode(Buffer.concat(chunks), response.headers["content-encoding"]).then((body) => {
          const result = new Response(NULL_BODY.has(status) ? null : body, {
            status,
            statusText: response.statusMessage ?? "",
            headers: responseHeaders(response),
          });
          Object.defineProperty(result, "url", { value: url.href });
          resolve(result);
        }, reject);
      });
    });
    request.end(out.body);
  });
}

/** The request a redirect leads to, as fetch builds it. */
function redirected(from: URL, to: URL, status: number, out: Outgoing): Outgoing {
  const next: Outgoing = { ...out, headers: { ...out.headers } };
  if (status === 303 || ((status === 301 || status === 302) && out.method === "POST")) {
    next.method = out.method === "HEAD" ? "HEAD" : "GET";
    delete next.body;
    for (const name of Object.keys(next.headers))
      if (name.toLowerCase().startsWith("content-")) delete next.headers[name];
  }
  if (from.origin !== to.origin)
    for (const name of Object.keys(next.headers))
      if (name.toLowerCase() === "authorization") delete next.headers[name];
  return next;
}

function decode(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? gunzip
      : encoding === "deflate"
        ? inflate
        : encoding === "br"
          ? brotliDecompress
          : undefined;
  if (!decoder || body.length === 0) return Promise.resolve(body);
  return new Promise((resolve, reject) =>
    decoder(body, (error, result) =>
      error ? reject(new TypeError("fetch failed", { cause: error })) : resolve(result),
    ),
  );
}

function responseHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    // The body is handed over decoded, so its encoding and length no longer describe it.
    if (/^content-(encoding|length)$/i.test(name) && response.headers["content-encoding"]) continue;
    headers.append(name, raw[i + 1] as string);
  }
  return headers;
}

function plainHeaders(headers: RequestInit["headers"]): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(headers);
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
