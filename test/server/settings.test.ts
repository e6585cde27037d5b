/**
 * The settings the gate relies on, and the one-line refusal in the pretty log format (the JSON format is covered
 * by logging.test.ts): pino-pretty prints each extra field of a line on a line of its own, so there are none.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerConfigError, serverSettings } from "../../src/server/settings.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("WEBHOOK_PATH has one spelling", () => {
  const base = { APP_ID: "1", PRIVATE_KEY: "key", WEBHOOK_SECRET: "s" };
  it.each(["/api/github/webhooks", "/hooks", "/a-b/c_d.e~f/", "/v1/github"])("accepts %s", (path) => {
    expect(serverSettings({ ...base, WEBHOOK_PATH: path }).webhookPath).toBe(path);
  });
  it.each([
    "hooks",
    "/./hooks",
    "/a/../hooks",
    "/hooks/..",
    "//hooks",
    "/a//b",
    "/%2e/hooks",
    "/hooks?x=1",
    "/hooks#x",
    "/ho oks",
    "/hööks",
  ])("refuses %s, saying what a path may hold", (path) => {
    expect(() => serverSettings({ ...base, WEBHOOK_PATH: path })).toThrow(ServerConfigError);
    expect(() => serverSettings({ ...base, WEBHOOK_PATH: path })).toThrow(
      /WEBHOOK_PATH must be a plain path/,
    );
  });
});

describe("LOG_FORMAT=pretty", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ LOG_FORMAT: "pretty", NODE_ENV: "development" });
  }, 30_000);
  afterAll(() => h.stop());

  it("a refusal is one line", async () => {
    const before = h.lines.length;
    const response = await fetch(`${h.running.url}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": "d-1" },
      body: '{"note":"PAYLOAD"}',
    });
    expect(response.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = h.lines.slice(before).filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('400 missing x-hub-signature-256 (delivery "d-1")');
    expect(lines[0]).not.toContain("PAYLOAD");
  });
});
