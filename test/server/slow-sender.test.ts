/**
 * A stranger who trickles a request (headers or body a byte at a time) holds a connection and memory only until the
 * receive limit: then the server answers 408 and closes. The limit is shortened here; its production value is pinned.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_RECEIVE_TIMEOUT_MS } from "../../src/server/server.ts";
import { type Harness, startHarness } from "./harness.ts";

const LIMIT_MS = 300;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, { requestTimeoutMs: LIMIT_MS });
});
afterAll(async () => {
  await h.stop();
});

/** Opens a connection, writes `head`, then one byte every 50 ms; resolves with what the server answered and when. */
function trickle(head: string): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(h.port, "127.0.0.1");
    let answer = "";
    const drip = setInterval(() => socket.write("x"), 50);
    socket.on("connect", () => socket.write(head));
    socket.on("data", (d) => {
      answer += d.toString();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearInterval(drip);
      resolve({ answer, ms: Date.now() - started });
    });
    setTimeout(() => {
      clearInterval(drip);
      socket.destroy();
      reject(new Error("the server kept a trickling connection open for 10 s"));
    }, 10_000).unref();
  });
}

describe("a request sent too slowly", () => {
  it("is answered 408 and closed once the limit passes, for trickled headers and a trickled body", async () => {
    const cases = [
      "POST /api/github/webhooks HTTP/1.1\r\nHost: x\r\nX-Trickle: ",
      "POST /api/github/webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-GitHub-Event: issues\r\nX-GitHub-Delivery: d-slow\r\nX-Hub-Signature-256: sha256=00\r\nContent-Length: 100000\r\n\r\n",
    ];
    for (const head of cases) {
      const { answer, ms } = await trickle(head);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeGreaterThanOrEqual(LIMIT_MS);
    }
  });

  it("has a production limit of 30 seconds", () => {
    expect(REQUEST_RECEIVE_TIMEOUT_MS).toBe(30_000);
  });
});
