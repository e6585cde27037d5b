/**
 * What the server logs, read from its log stream as raw lines (LOG_FORMAT=json, LOG_LEVEL=trace so every logger
 * Probot makes writes something). A refused delivery is one line with its status, reason and delivery id, and
 * nothing of the stack or the payload; no line of a refused or a handled delivery has a key twice.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WEBHOOK_BYTES } from "../../src/server/server.ts";
import { grantBody } from "../support/bodies.ts";
import { issuesEvent } from "../support/payloads.ts";
import { type Harness, sign, startHarness, stream } from "./harness.ts";
import { duplicateKeys } from "./json-keys.ts";

const MARKER = "PAYLOAD-TEXT-NEVER-LOGGED";
const body = JSON.stringify({ action: "opened", note: MARKER });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ LOG_LEVEL: "trace" });
}, 30_000);
afterAll(() => h.stop());

/** The lines logged while `act` runs, once the log has been quiet for a moment. */
async function linesDuring(act: () => Promise<unknown>): Promise<string[]> {
  const before = h.lines.length;
  await act();
  let count = -1;
  while (count !== h.lines.length) {
    count = h.lines.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return h.lines.slice(before);
}

const post = (headers: Record<string, string>, payload = body, path = "/api/github/webhooks") =>
  fetch(`${h.running.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "issues", ...headers },
    body: payload,
  }).then((r) => r.status);

/** A delivery whose sender hangs up halfway through the body. */
function hangUp(): Promise<void> {
  const req = request({
    host: "127.0.0.1",
    port: h.port,
    path: "/api/github/webhooks",
    method: "POST",
    agent: false,
    headers: {
      "content-type": "application/json",
      "x-github-event": "issues",
      "x-github-delivery": "d-cut",
      "x-hub-signature-256": sign(body),
      "content-length": "100000",
    },
  });
  req.on("error", () => {});
  req.write(`{"note":"${MARKER}`);
  return new Promise((resolve) => setTimeout(() => resolve(void req.destroy()), 50));
}

const REFUSALS: [string, string, () => Promise<unknown>][] = [
  ["connection closed mid-body", "d-cut", hangUp],
  [
    "bad signature",
    "d-signature",
    () => post({ "x-github-delivery": "d-signature", "x-hub-signature-256": sign(body, "guess") }),
  ],
  ["missing x-hub-signature-256", "d-unsigned", () => post({ "x-github-delivery": "d-unsigned" })],
  [
    "wrong content type",
    "d-type",
    () =>
      post({
        "x-github-delivery": "d-type",
        "x-hub-signature-256": sign(body),
        "content-type": "text/plain",
      }),
  ],
  [
    "malformed JSON",
    "d-json",
    () => post({ "x-github-delivery": "d-json", "x-hub-signature-256": sign(`{${MARKER}`) }, `{${MARKER}`),
  ],
  [
    'unknown event "bogus"',
    "d-event",
    () =>
      post({ "x-github-delivery": "d-event", "x-hub-signature-256": sign(body), "x-github-event": "bogus" }),
  ],
  ["unknown path", "d-path", () => post({ "x-github-delivery": "d-path" }, body, "/api/github/webhooks/x")],
  [
    `too large (declared over ${MAX_WEBHOOK_BYTES} bytes)`,
    "stream",
    () => stream(h.port, { method: "POST", path: "/api/github/webhooks", total: 1 << 20, declared: 8 << 20 }),
  ],
  [
    `too large (streamed over ${MAX_WEBHOOK_BYTES} bytes)`,
    "stream",
    () => stream(h.port, { method: "POST", path: "/api/github/webhooks", total: 8 << 20 }),
  ],
];

describe("a refused delivery logs one line: status, reason, delivery id; no stack, no payload", () => {
  for (const [reason, delivery, act] of REFUSALS) {
    it(reason, async () => {
      const lines = await linesDuring(act);
      expect(lines).toHaveLength(1);
      const line = lines[0] as string;
      expect(duplicateKeys(line)).toEqual([]);
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry).toMatchObject({ reason, delivery, name: "server" });
      expect(entry.msg).toContain(`${entry.status} ${reason} (delivery "${delivery}")`);
      expect([400, 404, 413, 415]).toContain(entry.status);
      expect(line).not.toContain(MARKER);
      expect(line).not.toMatch(/stack|\\n\s+at |Error:/);
    });
  }

  it("cuts and escapes the delivery id: it is whatever the sender put there", async () => {
    // Latin-1 bytes (the UTF-8 of a right-to-left override, read as Latin-1 by Node), a tab, quotes, and length.
    const id = `\u00e2\u0080\u00ae"\t\\${"x".repeat(300)}`;
    const lines = await linesDuring(() => post({ "x-github-delivery": id }));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] as string) as { delivery: string; msg: string };
    expect(entry.delivery).toBe(`\\u00e2\\u0080\\u00ae\\"\\u0009\\\\${"x".repeat(58)}`);
    expect(entry.msg).toContain(`(delivery "${entry.delivery}"... (${id.length} characters))`);
    expect(entry.msg).not.toMatch(/[^\x20-\x7e]/);
  });
});

describe("no log line has a key twice", () => {
  it("the checker sees what JSON.parse hides", () => {
    expect(duplicateKeys('{"name":"probot","name":"event","a":{"b":1,"b":[{"c":1,"c":2}]}}')).toEqual([
      "$.name",
      "$.a.b",
      "$.a.b[0].c",
    ]);
    expect(duplicateKeys('{"a":"\\"a\\"","b":[1,-2.5e3,true,null]}')).toEqual([]);
    expect(() => duplicateKeys('{"a":1')).toThrow(SyntaxError);
  });

  it("in a handled delivery (Probot's event, octokit and github loggers) and in every refusal", async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const issue = h.fake.addIssue({
      title: "Grant request",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const payload = JSON.stringify(issuesEvent(h.fake, "opened", issue).payload);
    const handled = await linesDuring(async () => {
      const status = await post(
        { "x-github-delivery": "d-handled", "x-hub-signature-256": sign(payload) },
        payload,
      );
      expect(status).toBe(200);
    });
    expect(h.fake.labelsOn(issue.number)).toContain("status/grants-wg-review");
    // Probot's child loggers did write (their bindings are what used to repeat `name`).
    const names = handled.map((line) => (JSON.parse(line) as { name?: string }).name);
    expect(names).toContain("event");
    for (const line of h.lines) expect(duplicateKeys(line), line).toEqual([]);
  });
});
