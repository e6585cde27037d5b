/**
 * The Probot app server as it is deployed: `npm start` in a child process, with Probot's environment, on a free
 * port, its GitHub API pointed at the loopback fake through GHE_HOST/GHE_PROTOCOL (GitHub Enterprise Server's
 * /api/v3 prefix, which the fake strips). Webhooks are posted with good, bad and missing signatures.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { issuesEvent } from "../support/payloads.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SECRET = "a webhook secret for tests";
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

let fake: FakeGitHub;

function ioredisInstalled(): boolean {
  return existsSync(join(ROOT, "node_modules", "ioredis"));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm start` in its own process group (npm → sh → node), so stopping it stops them all. */
function npmStart(env: Record<string, string>): ChildProcess {
  return spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  return closed;
}

async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = npmStart({
    NODE_ENV: "production",
    APP_ID: "1",
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
    GHE_HOST: new URL(fake.url).host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "info",
    ...env,
  });
  let output = "";
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes("listening on")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("close", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  await listening;
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

function sign(body: string, secret = SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

let delivery = 0;
async function post(
  url: string,
  name: string,
  body: string,
  signature: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": name,
    "x-github-delivery": `test-${++delivery}`,
  };
  if (signature !== undefined) headers["x-hub-signature-256"] = signature;
  return fetch(`${url}/api/github/webhooks`, { method: "POST", headers, body });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "server.js")))
    throw new Error("dist/server.js is missing: run `npm run build`.");
});

describe("npm start", () => {
  let server: Started;
  beforeAll(async () => {
    fake = await new FakeGitHub().start();
    fake.files.set(".github/wgbot.yml", "preset: psf\n");
    server = await startServer({});
  }, 30_000);
  afterAll(async () => {
    await stop(server.child);
    await fake.stop();
  });
  beforeEach(() => fake.reset());

  it("answers the health check", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toMatchObject({ status: "ok", name: "wgbot", version: expect.any(String) });
    expect(fake.requests).toEqual([]);
  });

  it("handles a signed webhook through the App's installation token on the configured GitHub", async () => {
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const issue = fake.addIssue({
      title: "Grant request",
      body: grantBody({ start_date: day(150), end_date: day(152) }),
      labels: [{ name: "kind/grant" }],
    });
    const body = JSON.stringify(issuesEvent(fake, "opened", issue).payload);
    const response = await post(server.url, "issues", body, sign(body));
    expect(response.status).toBe(200);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "GET /repos/psf/governance/contents/.github%2Fwgbot.yml",
      "GET /repos/psf/governance/issues/1",
      // wgbot's own login (`<slug>[bot]`), learned once per process: only its own comments count as its own.
      "GET /app",
      "POST /repos/psf/governance/issues/1/labels",
      "POST /repos/psf/governance/issues/1/comments",
      "GET /repos/psf/governance/issues/1/comments",
    ]);
    expect(fake.labelsOn(1)).toEqual(["kind/grant", "status/grants-wg-review"]);
  });

  it("rejects a webhook signed with another secret, and one without a signature, before any handler runs", async () => {
    const issue = fake.addIssue({ title: "Grant", body: grantBody(), labels: [{ name: "kind/grant" }] });
    const body = JSON.stringify(issuesEvent(fake, "opened", issue).payload);
    const forged = await post(server.url, "issues", body, sign(body, "guessed"));
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain("signature does not match");
    const unsigned = await post(server.url, "issues", body, undefined);
    expect(unsigned.status).toBe(400);
    expect(await unsigned.text()).toContain("x-hub-signature-256");
    const tampered = await post(server.url, "issues", body.replace("Grant", "Grunt"), sign(body));
    expect(tampered.status).toBe(400);
    expect(fake.requests).toEqual([]);
  });

  it("answers 404 elsewhere", async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/github/webhooks`)).status).toBe(404);
  });
});

describe("npm start refuses to run unsafely", () => {
  it("exits 1 in production without WEBHOOK_SECRET, rather than using a default secret", async () => {
    const child = npmStart({ NODE_ENV: "production", APP_ID: "1", PRIVATE_KEY: privateKey, PORT: "0" });
    let output = "";
    child.stdout?.on("data", (d) => {
      output += d;
    });
    child.stderr?.on("data", (d) => {
      output += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(output).toContain("WEBHOOK_SECRET is not set");
    expect(output).not.toContain("listening on");
  });

  it.skipIf(ioredisInstalled())(
    "refuses REDIS_URL when ioredis is not installed, instead of failing later",
    async () => {
      const child = npmStart({
        APP_ID: "1",
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: SECRET,
        PORT: "0",
        REDIS_URL: "redis://127.0.0.1:6379",
      });
      let output = "";
      child.stderr?.on("data", (d) => {
        output += d;
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code).toBe(1);
      expect(output).toContain("REDIS_URL is set, but the ioredis package is not installed");
    },
  );

  it("names every missing setting", async () => {
    const child = npmStart({ NODE_ENV: "production", PORT: "0" });
    let output = "";
    child.stderr?.on("data", (d) => {
      output += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(output).toContain("APP_ID is not set");
    expect(output).toContain("Neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set");
    expect(output).toContain("WEBHOOK_SECRET is not set");
  });
});
