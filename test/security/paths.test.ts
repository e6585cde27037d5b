/**
 * Hostile webhook requests (the webhooks class of the hostile corpus): every spelling of a path, every method,
 * a 64 MiB body streamed chunk by chunk or a 64 MiB Content-Length. Whatever the spelling, the server answers
 * at once (413 over the limit, 404 for a path that is not exactly one of its routes) and its sockets read at most
 * the 1 MiB limit plus a little: what it had buffered in the chunk that crossed the limit and what it drops while
 * the answer leaves. Counted on the server's own sockets (bytesRead), since what a client manages to write also
 * fills kernel buffers the server never reads.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_WEBHOOK_BYTES } from "../../src/server/server.ts";
import { bytesRead, type Harness, startHarness, stream } from "../server/harness.ts";

const HUGE = 64 * 1024 * 1024;
/** Allowance over what the route may read: socket reads are up to 64 KiB, plus the bytes dropped while answering. */
const SLACK = 256 * 1024;

/** [method, path, status for a streamed body]: a declared 64 MiB gets 413 on all of them, the limit coming first. */
const SPELLINGS: [string, string, number][] = [
  ["POST", "/api/github/webhooks", 413],
  ["POST", "/api/github/webhooks?x=1&y=%2e%2e", 413],
  ["POST", "/./api/github/webhooks", 404],
  ["POST", "/api/github/./webhooks", 404],
  ["POST", "/api/github/%2e/webhooks", 404],
  ["POST", "/api/github/%2E%2E/github/webhooks", 404],
  ["POST", "//api/github/webhooks", 404],
  ["POST", "/x/../api/github/webhooks", 404],
  ["POST", "/api/github/webhooks/..", 404],
  ["POST", "/api/github/webhooks/../webhooks", 404],
  ["POST", "/api%2Fgithub%2Fwebhooks", 404],
  ["POST", "/api/github%2Fwebhooks", 404],
  ["POST", "/api/github/webhooks/", 404],
  ["POST", "/api/github/webhooks//", 404],
  ["POST", "/api/github/webhooks%00", 404],
  ["POST", "/api/github/webhooks%20", 404],
  ["POST", "/API/GITHUB/WEBHOOKS", 404],
  ["POST", "/api/github/webhooks;x", 404],
  ["POST", "/api\\github\\webhooks", 404],
  ["POST", "http://127.0.0.1/api/github/webhooks", 404],
  ["POST", "/healthz", 404],
  ["POST", "/healthz/..", 404],
  ["POST", "/healthz/../api/github/webhooks", 404],
  ["POST", "/", 404],
  ["POST", "/unknown", 404],
  ["PUT", "/api/github/webhooks", 404],
  ["PATCH", "/api/github/webhooks", 404],
  ["DELETE", "/api/github/webhooks", 404],
  ["GET", "/api/github/webhooks", 404],
  ["OPTIONS", "/api/github/webhooks", 404],
  ["PUT", "/./api/github/webhooks", 404],
  // The health check reads nothing, so a body sent to it is not read either: answered, then the connection closed.
  ["GET", "/healthz", 200],
  ["GET", "/healthz?probe=1", 200],
  ["GET", "/healthz/", 404],
  ["GET", "/./healthz", 404],
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 30_000);
afterAll(() => h.stop());
beforeEach(() => {
  h.sockets.length = 0;
});

describe("a 64 MiB body streamed in 64 KiB chunks", () => {
  for (const [method, path, status] of SPELLINGS) {
    it(`${method} ${path} → ${status}, reading at most the limit`, async () => {
      const sent = await stream(h.port, { method, path, total: HUGE });
      expect(sent.status).toBe(status);
      const read = await bytesRead(h.sockets);
      expect(read).toBeLessThan((status === 413 ? MAX_WEBHOOK_BYTES : 0) + SLACK);
      expect(sent.written).toBeLessThan(HUGE);
    });
  }
});

describe("a Content-Length of 64 MiB", () => {
  for (const [method, path] of SPELLINGS) {
    it(`${method} ${path} → 413 before the body is read`, async () => {
      const sent = await stream(h.port, { method, path, total: HUGE, declared: HUGE });
      expect(sent.status).toBe(413);
      expect(sent.body).toContain("Payload too large");
      expect(await bytesRead(h.sockets)).toBeLessThan(SLACK);
    });
  }
});

it("keeps serving after all that, and nothing reached GitHub", async () => {
  expect((await fetch(`${h.running.url}/healthz`)).status).toBe(200);
  expect(h.fake.requests).toEqual([]);
});
