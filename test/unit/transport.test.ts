/** The node:http fetch Octokit uses (src/github/transport.ts), against a real loopback server. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { Octokit } from "@octokit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTransport } from "../../src/github/transport.ts";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

async function serve(
  handler: Handler,
): Promise<{ url: string; server: Server; seen: Seen[]; sockets: number }> {
  const state = { seen: [] as Seen[], sockets: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      state.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res, body);
    });
  });
  server.on("connection", () => state.sockets++);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    get seen() {
      return state.seen;
    },
    get sockets() {
      return state.sockets;
    },
  };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
};

const fetch = createTransport({ timeoutMs: 500, env: {} });

describe("transport", () => {
  let main: Awaited<ReturnType<typeof serve>>;
  let other: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    other = await serve((req, res) =>
      json(res, 200, { on: "other", auth: req.headers.authorization ?? null }),
    );
    main = await serve((req, res, body) => {
      const path = req.url ?? "";
      if (path === "/json") return json(res, 200, { hello: "wörld" }, { "x-ratelimit-remaining": "4999" });
      if (path === "/echo") return json(res, 201, { method: req.method, body });
      if (path === "/empty") return res.writeHead(204).end();
      if (path === "/not-modified") return res.writeHead(304, { etag: '"abc"' }).end();
      if (path === "/gzip") {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        return res.end(gzipSync(JSON.stringify({ packed: "gzip" })));
      }
      if (path === "/br") {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "br" });
        return res.end(brotliCompressSync(JSON.stringify({ packed: "br" })));
      }
      if (path === "/moved") return res.writeHead(301, { location: "/json" }).end();
      if (path === "/see-other") return res.writeHead(303, { location: "/echo" }).end();
      if (path === "/elsewhere") return res.writeHead(302, { location: `${other.url}/x` }).end();
      if (path === "/loop") return res.writeHead(302, { location: "/loop" }).end();
      if (path === "/missing")
        return json(res, 404, { message: "Not Found", documentation_url: "https://docs" });
      if (path === "/hang") return; // never answers
      return json(res, 500, { message: "unexpected" });
    });
  });
  afterAll(async () => {
    for (const s of [main, other]) {
      s.server.closeAllConnections();
      await new Promise((done) => s.server.close(done));
    }
  });

  it("answers with a standard Response: status, headers, url and body", async () => {
    const response = await fetch(`${main.url}/json`, { headers: { accept: "application/json" } });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${main.url}/json`);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("4999");
    expect(await response.json()).toEqual({ hello: "wörld" });
    expect(main.seen.at(-1)?.headers.accept).toBe("application/json");
  });

  it("sends a body with its length", async () => {
    const response = await fetch(`${main.url}/echo`, { method: "post", body: '{"a":"ü"}' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ method: "POST", body: '{"a":"ü"}' });
    expect(main.seen.at(-1)?.headers["content-length"]).toBe(String(Buffer.byteLength('{"a":"ü"}')));
  });

  it("gives no body for 204 and 304", async () => {
    expect((await fetch(`${main.url}/empty`)).body).toBeNull();
    const notModified = await fetch(`${main.url}/not-modified`);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe('"abc"');
  });

  it("decodes gzip and brotli answers, and drops the encoding header", async () => {
    for (const kind of ["gzip", "br"]) {
      const response = await fetch(`${main.url}/${kind}`);
      expect(await response.json()).toEqual({ packed: kind });
      expect(response.headers.get("content-encoding")).toBeNull();
    }
    expect(main.seen.at(-1)?.headers["accept-encoding"]).toContain("gzip");
  });

  it("follows redirects as fetch does", async () => {
    const moved = await fetch(`${main.url}/moved`);
    expect(await moved.json()).toEqual({ hello: "wörld" });
    expect(moved.url).toBe(`${main.url}/json`);

    // 303 after a POST: the next request is a GET without the body.
    const seeOther = await fetch(`${main.url}/see-other`, {
      method: "POST",
      body: "data",
      headers: { "content-type": "text/plain" },
    });
    expect(await seeOther.json()).toEqual({ method: "GET", body: "" });
    expect(main.seen.at(-1)?.headers["content-type"]).toBeUndefined();

    // Credentials are not sent to another origin.
    const elsewhere = await fetch(`${main.url}/elsewhere`, { headers: { authorization: "token secret" } });
    expect(await elsewhere.json()).toEqual({ on: "other", auth: null });

    const manual = await fetch(`${main.url}/moved`, { redirect: "manual" });
    expect(manual.status).toBe(301);
    expect(manual.headers.get("location")).toBe("/json");

    await expect(fetch(`${main.url}/loop`)).rejects.toThrow(/fetch failed/);
  });

  it("gives up after its time limit, and on an aborted signal, with the signal's reason", async () => {
    const started = Date.now();
    await expect(fetch(`${main.url}/hang`)).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeLessThan(5_000);

    const controller = new AbortController();
    const pending = fetch(`${main.url}/hang`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(fetch(`${main.url}/json`, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("fails like fetch when nothing listens", async () => {
    const closed = await serve(() => {});
    await new Promise((done) => closed.server.close(done));
    const error = await fetch(`${closed.url}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: "fetch failed", cause: { code: "ECONNREFUSED" } });
  });

  it("keeps connections alive between requests", async () => {
    const before = main.sockets;
    for (let i = 0; i < 5; i++) await (await fetch(`${main.url}/json`)).text();
    expect(main.sockets - before).toBeLessThanOrEqual(1);
  });

  it("leaves a proxy from the environment, and bodies it does not read whole, to the fallback", async () => {
    const calls: string[] = [];
    const fallback = (async (input: string | URL | Request) => {
      calls.push(String(input));
      return new Response("{}");
    }) as typeof globalThis.fetch;
    await createTransport({ env: { HTTPS_PROXY: "http://proxy:3128" }, fallback })(`${main.url}/json`);
    await createTransport({ env: {}, fallback })(`${main.url}/echo`, {
      method: "POST",
      body: new Blob(["x"]),
    });
    expect(calls).toEqual([`${main.url}/json`, `${main.url}/echo`]);
  });

  it("serves Octokit: data, headers, and errors with GitHub's message", async () => {
    const octokit = new Octokit({ baseUrl: main.url, request: { fetch } });
    const { data, headers, status } = await octokit.request("GET /json");
    expect({ data, status, remaining: headers["x-ratelimit-remaining"] }).toEqual({
      data: { hello: "wörld" },
      status: 200,
      remaining: "4999",
    });
    const posted = await octokit.request("POST /echo", { title: "t" });
    expect(posted.data).toEqual({ method: "POST", body: '{"title":"t"}' });
    await expect(octokit.request("GET /missing")).rejects.toMatchObject({
      status: 404,
      message: "Not Found - https://docs",
    });
    await expect(octokit.request("GET /hang")).rejects.toMatchObject({ status: 500 });
  });
});
