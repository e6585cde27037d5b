/**
 * The Probot app server as it is deployed: `npm start` in a child process, with Probot's environment, on a free
 * port, its GitHub API pointed at the loopback fake through GHE_HOST/GHE_PROTOCOL (GitHub Enterprise Server's
 * /api/v3 prefix, which the fake strips). Webhooks are posted with good, bad and missing signatures.
 */
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { grantBody } from "../support/bodies.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { testPrivateKey } from "../support/keys.ts";
import { issuesEvent } from "../support/payloads.ts";
import { ROOT, runServerToExit, type ServerProcess, startServerProcess } from "../support/server-process.ts";

const SECRET = "a webhook secret for tests";
const privateKey = testPrivateKey();

let fake: FakeGitHub;

function ioredisInstalled(): boolean {
  return existsSync(join(ROOT, "node_modules", "ioredis"));
}

/** `npm start`, as deployed, on a free port, its GitHub the fake. */
function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess(
    {
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      HOST: "127.0.0.1",
      GHE_HOST: new URL(fake.url).host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      ...env,
    },
    { npm: true },
  );
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
  let server: ServerProcess;
  beforeAll(async () => {
    fake = await new FakeGitHub().start();
    fake.files.set(".github/wgbot.yml", "preset: psf\n");
    server = await startServer({});
  }, 30_000);
  afterAll(async () => {
    await server.stop();
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
    const { code, output } = await runServerToExit(
      { NODE_ENV: "production", APP_ID: "1", PRIVATE_KEY: privateKey, PORT: "0" },
      { npm: true },
    );
    expect(code).toBe(1);
    expect(output).toContain("WEBHOOK_SECRET is not set");
    expect(output).not.toContain("listening on");
  });

  it.skipIf(ioredisInstalled())(
    "refuses REDIS_URL when ioredis is not installed, instead of failing later",
    async () => {
      const { code, stderr: output } = await runServerToExit(
        {
          APP_ID: "1",
          PRIVATE_KEY: privateKey,
          WEBHOOK_SECRET: SECRET,
          PORT: "0",
          REDIS_URL: "redis://127.0.0.1:6379",
        },
        { npm: true },
      );
      expect(code).toBe(1);
      expect(output).toContain("REDIS_URL is set, but the ioredis package is not installed");
    },
  );

  it("names every missing setting", async () => {
    const { code, stderr: output } = await runServerToExit(
      { NODE_ENV: "production", PORT: "0" },
      { npm: true },
    );
    expect(code).toBe(1);
    expect(output).toContain("APP_ID is not set");
    expect(output).toContain("Neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set");
    expect(output).toContain("WEBHOOK_SECRET is not set");
  });
});
