/**
 * Webhook security of the deployed server: `node dist/server.js` (what `npm start` runs) in a child process, its
 * GitHub pointed at the loopback fake. Only a body signed with the webhook secret by HMAC-SHA256 in
 * X-Hub-Signature-256 reaches a handler: a missing, wrong, truncated or other-algorithm signature (GitHub's
 * legacy SHA-1 X-Hub-Signature alone, `sha256=` with a SHA-1 digest, `sha1=`) is refused before any handler runs.
 * A body over the limit is refused with 413 — by its Content-Length before a byte is read, or as soon as a body
 * sent in chunks passes it — and the server keeps serving. Events from bots, wgbot itself included, and events
 * wgbot does not handle cost no API call at all. "No API call" is checked on the fake: it records every request.
 */
import { createHmac } from "node:crypto";
import { request } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_WEBHOOK_BYTES } from "../../src/server/server.ts";
import { commandEvent, labeledEvent } from "../support/board-events.ts";
import { grantBody } from "../support/bodies.ts";
import { BOT, FakeGitHub } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";
import { commentEvent, issuesEvent, pullRequestEvent } from "../support/payloads.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";

const SECRET = "the webhook secret of the security tests";

let fake: FakeGitHub;
let server: ServerProcess;
let url: string;
let port: number;

beforeAll(async () => {
  fake = await new FakeGitHub().start();
  fake.files.set(".github/wgbot.yml", "preset: psf\nteams: { board: board, grants_wg: grants-wg }\n");
  fake.teams.set("board", new Set(["bea"]));
  // `node dist/server.js`, what `npm start` runs (WGBOT_SERVER_BUNDLE: another build of src/server/run.ts).
  server = await startServerProcess({
    NODE_ENV: "production",
    APP_ID: "1",
    PRIVATE_KEY: testPrivateKey(),
    WEBHOOK_SECRET: SECRET,
    HOST: "127.0.0.1",
    GHE_HOST: new URL(fake.url).host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "info",
  });
  ({ url, port } = server);
}, 30_000);

afterAll(async () => {
  await server?.stop();
  await fake?.stop();
});

beforeEach(() => fake.reset());

const hmac = (algorithm: "sha256" | "sha1", body: string, secret = SECRET) =>
  createHmac(algorithm, secret).update(body).digest("hex");

let deliveries = 0;
async function post(
  body: string,
  headers: Record<string, string | undefined>,
  event = "issues",
): Promise<{ status: number; text: string }> {
  const all: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": event,
    "x-github-delivery": `security-${++deliveries}`,
  };
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) all[k] = v;
  const response = await fetch(`${url}/api/github/webhooks`, { method: "POST", headers: all, body });
  return { status: response.status, text: await response.text() };
}

const signed = (body: string, event = "issues") =>
  post(body, { "x-hub-signature-256": `sha256=${hmac("sha256", body)}` }, event);

function grantIssue() {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  return fake.addIssue({
    title: "Grant request",
    body: grantBody({ start_date: day(150), end_date: day(152) }),
    labels: [{ name: "kind/grant" }],
  });
}

/** Waits a moment for anything a handler might still do, then returns every request the fake saw. */
async function requestsAfterSettling(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return fake.requests.map((r) => `${r.method} ${r.path}`);
}

describe("signatures", () => {
  it("a correctly signed delivery is handled (the baseline the refusals are measured against)", async () => {
    const issue = grantIssue();
    const response = await signed(JSON.stringify(issuesEvent(fake, "opened", issue).payload));
    expect(response.status).toBe(200);
    expect(fake.labelsOn(issue.number)).toContain("status/grants-wg-review");
  });

  it("refuses every bad, missing or other-algorithm signature before any handler runs", async () => {
    const issue = grantIssue();
    const body = JSON.stringify(issuesEvent(fake, "opened", issue).payload);
    const sha256 = hmac("sha256", body);
    const cases: [string, Record<string, string | undefined>][] = [
      ["no signature at all", {}],
      ["only the legacy SHA-1 header, correctly signed", { "x-hub-signature": `sha1=${hmac("sha1", body)}` }],
      ["sha256= with a SHA-1 digest", { "x-hub-signature-256": `sha256=${hmac("sha1", body)}` }],
      ["sha1= with a SHA-1 digest", { "x-hub-signature-256": `sha1=${hmac("sha1", body)}` }],
      ["sha1= with the SHA-256 digest", { "x-hub-signature-256": `sha1=${sha256}` }],
      ["the digest without its sha256= prefix", { "x-hub-signature-256": sha256 }],
      ["signed with another secret", { "x-hub-signature-256": `sha256=${hmac("sha256", body, "guess")}` }],
      ["signed with an empty secret", { "x-hub-signature-256": `sha256=${hmac("sha256", body, "")}` }],
      ["a truncated digest", { "x-hub-signature-256": `sha256=${sha256.slice(0, 32)}` }],
      ["the digest in upper case", { "x-hub-signature-256": `sha256=${sha256.toUpperCase()}` }],
      ["the digest with one character changed", { "x-hub-signature-256": `sha256=${flip(sha256)}` }],
      ["an empty signature", { "x-hub-signature-256": "" }],
      ["sha256= and nothing", { "x-hub-signature-256": "sha256=" }],
      [
        "both headers, the SHA-256 one wrong",
        { "x-hub-signature": `sha1=${hmac("sha1", body)}`, "x-hub-signature-256": `sha256=${flip(sha256)}` },
      ],
    ];
    for (const [name, headers] of cases) {
      const response = await post(body, headers);
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
    }
    // A body that is not the one signed.
    const tampered = await post(body.replace("Grant request", "Grant requesT"), {
      "x-hub-signature-256": `sha256=${sha256}`,
    });
    expect(tampered.status).toBe(400);
    // A signature over the body with whitespace added (a re-serialised payload) is not the body's.
    const reformatted = await post(JSON.stringify(JSON.parse(body), null, 2), {
      "x-hub-signature-256": `sha256=${sha256}`,
    });
    expect(reformatted.status).toBe(400);
    expect(await requestsAfterSettling()).toEqual([]);
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant"]);
  });

  it("refuses a delivery with an empty body or one that is not JSON, signed or not", async () => {
    for (const body of ["", "not json", "{", "[]"]) {
      const response = await post(body, {
        "x-hub-signature-256": `sha256=${hmac("sha256", "another body")}`,
      });
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(body)).toBeLessThan(500);
    }
    for (const body of ["", "not json", "{"]) {
      const response = await signed(body);
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(await requestsAfterSettling()).toEqual([]);
  });
});

describe("payload size", () => {
  it(`refuses a body declared larger than ${MAX_WEBHOOK_BYTES} bytes with 413, before reading it`, async () => {
    // Headers only: the server answers without waiting for the 50 MB it was promised (it never comes: waiting
    // would time the test out).
    const answer = await rawPost({ "content-length": String(50 * 1024 * 1024) }, async (req) => {
      req.write("{");
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Payload too large");
    expect(await requestsAfterSettling()).toEqual([]);
  });

  it("refuses a body sent in chunks as soon as it passes the limit, and stops reading", async () => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const answer = await rawPost({ "transfer-encoding": "chunked" }, async (req, answered) => {
      // Up to 8 MiB, but the answer must come once a little over 1 MiB is in.
      while (sent < 8 * 1024 * 1024 && !answered()) {
        const ok = req.write(chunk);
        sent += chunk.length;
        // The server stops reading once it has answered: wait for room, or for the answer.
        if (!ok)
          await new Promise<void>((resolve) => {
            const timer = setInterval(() => answered() && go(), 10);
            const go = () => {
              clearInterval(timer);
              req.off("drain", go).off("close", go);
              resolve();
            };
            req.on("drain", go).on("close", go);
          });
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    expect(answer.status).toBe(413);
    expect(sent).toBeLessThan(8 * 1024 * 1024);
    expect(await requestsAfterSettling()).toEqual([]);
  });

  it("still handles a legitimate large delivery just under the limit, and keeps serving after refusals", async () => {
    const issue = grantIssue();
    const event = issuesEvent(fake, "opened", issue);
    // The largest body GitHub allows (65,536 characters), of characters JSON escapes to six bytes each.
    const payload = { ...event.payload, filler: "\u0001".repeat(65_536) };
    const body = JSON.stringify(payload);
    expect(Buffer.byteLength(body)).toBeGreaterThan(393_000);
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_WEBHOOK_BYTES);
    const response = await signed(body);
    expect(response.status).toBe(200);
    expect(fake.labelsOn(issue.number)).toContain("status/grants-wg-review");
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("refuses a signed body one byte over the limit", async () => {
    const issue = grantIssue();
    const event = issuesEvent(fake, "opened", issue);
    const bare = Buffer.byteLength(JSON.stringify({ ...event.payload, filler: "" }));
    const body = JSON.stringify({ ...event.payload, filler: "x".repeat(MAX_WEBHOOK_BYTES - bare + 1) });
    expect(Buffer.byteLength(body)).toBe(MAX_WEBHOOK_BYTES + 1);
    const response = await signed(body);
    expect(response.status).toBe(413);
    expect(await requestsAfterSettling()).toEqual([]);
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant"]);
  });
});

describe("the limit holds whatever the path's spelling (test/security/paths.test.ts has the full table)", () => {
  // fetch would normalise these spellings before sending: node:http sends the path as written.
  const spellings: [string, number][] = [
    ["/api/github/webhooks?x=1", 413],
    ["/./api/github/webhooks", 404],
    ["/api/github/%2e/webhooks", 404],
    ["//api/github/webhooks", 404],
    ["/x/../api/github/webhooks", 404],
    ["/api%2Fgithub%2Fwebhooks", 404],
    ["/api/github/webhooks/", 404],
    ["/healthz/..", 404],
  ];
  it("a 64 MiB body streamed to any spelling is refused at once, 413 over the limit or 404 unread", async () => {
    for (const [path, status] of spellings) {
      const logged = server.output().length;
      let sent = 0;
      const answer = await rawPost(
        { "transfer-encoding": "chunked" },
        async (req, answered) => {
          const chunk = Buffer.alloc(64 * 1024, "a");
          while (sent < 64 * 1024 * 1024 && !answered()) {
            if (!req.write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5));
            sent += chunk.length;
            await new Promise((resolve) => setImmediate(resolve));
          }
        },
        path,
      );
      expect(answer.status, path).toBe(status);
      // What the client got written is what the server read plus the loopback's buffers: far below 64 MiB.
      expect(sent, path).toBeLessThan(16 * 1024 * 1024);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = server.output().slice(logged).trim().split("\n");
      expect(lines, path).toHaveLength(1);
      expect(lines[0], path).toContain(`${status} ${status === 413 ? "too large" : "unknown path"}`);
    }
    expect(await requestsAfterSettling()).toEqual([]);
  });
});

describe("events wgbot must not act on cost no API call", () => {
  it("ignores events from bots, wgbot itself included, whatever they carry", async () => {
    const issue = grantIssue();
    issue.labels.push({ name: "status/approved" });
    const self = BOT.login; // wgbot[bot]
    const comment = fake.addComment(issue.number, "/board approve", BOT);
    const pull = fake.addPull({
      author: "dependabot[bot]",
      changes: { "workgroups/x/reports/2026-10.yml": "x: 1\n" },
    });
    const events: { name: string; payload: Record<string, unknown> }[] = [
      issuesEvent(fake, "opened", issue, self),
      issuesEvent(fake, "edited", issue, "renovate[bot]"),
      commentEvent(fake, issue, { id: comment.id, body: "/board approve", login: self, type: "Bot" }),
      commentEvent(fake, issue, {
        id: comment.id,
        body: "/recheck",
        login: "github-actions[bot]",
        type: "Bot",
      }),
      labeledEvent(fake, issue, "status/approved", self),
      pullRequestEvent(fake, "opened", pull, "dependabot[bot]"),
    ];
    // And a command comment whose sender is a bot account without the [bot] suffix (type Bot).
    const asBotType = commandEvent(fake, issue, comment);
    asBotType.payload.sender = {
      ...(asBotType.payload.sender as object),
      login: "some-app",
      type: "Bot",
    } as never;
    events.push(asBotType);
    for (const event of events) {
      const response = await signed(JSON.stringify(event.payload), event.name);
      expect(response.status).toBe(200);
    }
    expect(await requestsAfterSettling()).toEqual([]);
    expect(fake.labelsOn(issue.number)).toEqual(["kind/grant", "status/approved"]);
    expect(server.output()).toContain("event from bot wgbot[bot]");
  });

  it("ignores events it does not handle, and events without a sender", async () => {
    const issue = grantIssue();
    const closed = { ...issuesEvent(fake, "opened", issue).payload, action: "closed" };
    const noSender = { ...issuesEvent(fake, "opened", issue).payload, sender: undefined };
    for (const [name, payload] of [
      ["issues", closed],
      ["issues", noSender],
      ["push", { ref: "refs/heads/main", repository: closed.repository, installation: closed.installation }],
      ["star", { action: "created", repository: closed.repository, installation: closed.installation }],
    ] as const) {
      const response = await signed(JSON.stringify(payload), name);
      expect(response.status, name).toBe(200);
    }
    expect(await requestsAfterSettling()).toEqual([]);
  });
});

function flip(hex: string): string {
  return `${hex.slice(0, -1)}${hex.endsWith("0") ? "1" : "0"}`;
}

/**
 * A POST whose body the test writes itself (node:http, not fetch: fetch cannot stop sending when the server
 * answers early). Resolves with the answer, whether or not the body was finished.
 */
function rawPost(
  headers: Record<string, string>,
  write: (req: ReturnType<typeof request>, answered: () => boolean) => Promise<void>,
  path = "/api/github/webhooks",
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let done = false;
    const req = request(
      {
        host: "127.0.0.1",
        port,
        agent: false,
        path,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "issues",
          "x-github-delivery": `security-${++deliveries}`,
          "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
          ...headers,
        },
      },
      (res) => {
        done = true;
        let body = "";
        res.on("data", (d) => {
          body += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", (error) => {
      if (!done) reject(error);
    });
    void write(req, () => done).then(() => {
      if (!done) req.end();
    });
  });
}
