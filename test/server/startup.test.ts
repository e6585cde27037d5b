/**
 * What a newcomer sees when starting the server: the address really bound, a key file that is missing named as
 * missing, an unreachable GitHub named as unreachable (never as "GitHub answered 500"), and WEBHOOK_PROXY_URL
 * forwarding from a smee.io channel to the webhook path (smee-client replaced by a stand-in: it is not a
 * dependency of wgbot, and the tests never reach the network).
 */
import { createHmac } from "node:crypto";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ServerConfigError, serverSettings } from "../../src/server/settings.ts";
import { grantBody } from "../support/bodies.ts";
import { issuesEvent } from "../support/payloads.ts";
import { SECRET, startHarness } from "./harness.ts";

const base = { APP_ID: "1", WEBHOOK_SECRET: "s" };

describe("PRIVATE_KEY_PATH", () => {
  it("naming a missing file says that file is missing, with the full path", () => {
    expect(() => serverSettings({ ...base, PRIVATE_KEY_PATH: "keys/wgbot.pem" })).toThrow(
      `PRIVATE_KEY_PATH names 'keys/wgbot.pem' (${process.cwd()}/keys/wgbot.pem), but there is no such file: check the path (a relative path starts from the folder the server runs in), or give the key itself in PRIVATE_KEY.`,
    );
  });
  it("naming a folder says it is not a file", () => {
    expect(() => serverSettings({ ...base, PRIVATE_KEY_PATH: "/tmp" })).toThrow(
      "PRIVATE_KEY_PATH names '/tmp', which is not a file",
    );
  });
  it("is not looked at when PRIVATE_KEY is given", () => {
    expect(serverSettings({ ...base, PRIVATE_KEY: "pem", PRIVATE_KEY_PATH: "/nowhere.pem" }).port).toBe(3000);
  });
});

describe("REDIS_URL and WEBHOOK_PROXY_URL", () => {
  it.each([
    ["REDIS_URL", "localhost:6379", "REDIS_URL must start with redis:// or rediss://, not 'localhost:6379'."],
    [
      "WEBHOOK_PROXY_URL",
      "smee.io/abc",
      "WEBHOOK_PROXY_URL must be a web address such as https://smee.io/<channel>, not 'smee.io/abc'.",
    ],
  ])("%s=%s is refused, saying what it must be", (name, value, message) => {
    expect(() => serverSettings({ ...base, PRIVATE_KEY: "pem", [name]: value })).toThrow(ServerConfigError);
    expect(() => serverSettings({ ...base, PRIVATE_KEY: "pem", [name]: value })).toThrow(message);
  });
});

describe("the listening line", () => {
  it("shows the address bound: the one HOST names", async () => {
    const h = await startHarness({ LOG_FORMAT: "pretty" });
    try {
      expect(h.lines.join("\n")).toContain(`listening on http://127.0.0.1:${h.port} (webhooks at`);
    } finally {
      await h.stop();
    }
  });
  it("shows every interface as such when HOST is unset, not as localhost", async () => {
    const h = await startHarness({ HOST: "" });
    try {
      const line = h.lines.find((l) => l.includes("listening on")) ?? "";
      expect(line).toMatch(
        new RegExp(`listening on http://(\\[::\\]|0\\.0\\.0\\.0):${h.port} \\(all interfaces,`),
      );
      expect((await fetch(`${h.running.url}/healthz`)).status).toBe(200);
    } finally {
      await h.stop();
    }
  });
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("a GitHub the server cannot reach", () => {
  it("fails the delivery with 'cannot reach', not as an answer from GitHub", async () => {
    const port = await closedPort();
    // Retries after 1, 4 and 9 "seconds" of 1 ms each: the same attempts, no waiting.
    const h = await startHarness(
      { GHE_HOST: `127.0.0.1:${port}` },
      { timing: { secondMs: 1, requestTimeoutMs: 2_000 } },
    );
    try {
      const issue = h.fake.addIssue({
        title: "Grant request",
        body: grantBody(),
        labels: [{ name: "kind/grant" }],
      });
      const body = JSON.stringify(issuesEvent(h.fake, "opened", issue).payload);
      const response = await fetch(`${h.running.url}/api/github/webhooks`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "issues",
          "x-github-delivery": "unreachable-1",
          "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
        },
        body,
      });
      expect(response.status).toBe(500);
      const errors = h.lines.filter((l) => l.includes('"level":50'));
      expect(errors.join("\n")).toContain(
        `"message":"cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}"`,
      );
      expect(errors.join("\n")).not.toMatch(/"status":500|answered 500/);
    } finally {
      await h.stop();
    }
  });
});

describe("WEBHOOK_PROXY_URL", () => {
  it("forwards the channel's deliveries to the webhook path, and stops with the server", async () => {
    const made: { options: Record<string, unknown>; closed: boolean }[] = [];
    class SmeeClient {
      private readonly record: { options: Record<string, unknown>; closed: boolean };
      constructor(options: Record<string, unknown>) {
        this.record = { options, closed: false };
        made.push(this.record);
      }
      async start() {
        return {
          close: () => {
            this.record.closed = true;
          },
        };
      }
    }
    const h = await startHarness(
      { WEBHOOK_PROXY_URL: "https://smee.io/wgbot-test" },
      { load: async (name) => (name === "smee-client" ? { SmeeClient } : import(name)) },
    );
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toMatchObject({
      source: "https://smee.io/wgbot-test",
      target: `http://127.0.0.1:${h.port}/api/github/webhooks`,
    });
    expect(h.lines.join("\n")).toContain("forwarding deliveries from https://smee.io/wgbot-test");
    await h.stop();
    expect(made[0]?.closed).toBe(true);
  });

  it("without smee-client installed, refuses to start and says how to install it", async () => {
    const failing = async (name: string) => {
      if (name === "smee-client") throw new Error(`Cannot find package '${name}'`);
      return import(name);
    };
    await expect(
      startHarness({ WEBHOOK_PROXY_URL: "https://smee.io/wgbot-test" }, { load: failing }),
    ).rejects.toThrow(
      "WEBHOOK_PROXY_URL is set, but the smee-client package is not installed: run `npm install --no-save smee-client` in wgbot's folder, or unset WEBHOOK_PROXY_URL.",
    );
  });
});

describe("REDIS_URL and the ioredis package", () => {
  it("without REDIS_URL, nothing loads ioredis (or smee-client)", async () => {
    const loaded: string[] = [];
    const h = await startHarness(
      {},
      {
        load: async (name) => {
          loaded.push(name);
          return import(name);
        },
      },
    );
    await h.stop();
    expect(loaded).toEqual([]);
  });

  it("with REDIS_URL but no ioredis installed, refuses to start and says how to install it", async () => {
    const missing = async (name: string) => {
      throw new Error(`Cannot find package '${name}'`);
    };
    await expect(startHarness({ REDIS_URL: "redis://127.0.0.1:1" }, { load: missing })).rejects.toThrow(
      "REDIS_URL is set, but the ioredis package is not installed: run `npm install ioredis` in wgbot's folder, or unset REDIS_URL.",
    );
  });
});

describe("a REDIS_URL that leads nowhere", () => {
  it("stops the start, naming the address, instead of failing every delivery later", async () => {
    const port = await closedPort();
    await expect(startHarness({ REDIS_URL: `redis://:secret@127.0.0.1:${port}` })).rejects.toThrow(
      `Cannot reach Redis at redis://:***@127.0.0.1:${port} (REDIS_URL): connect ECONNREFUSED 127.0.0.1:${port}. Check the address, or unset REDIS_URL to run one instance without it.`,
    );
  });
});
