/**
 * The Dockerfile, checked without a Docker engine (none on the test machines): it is parsed for what the image must
 * have (the official Node 24 slim image, production dependencies from the lock file, an unprivileged user, the
 * server run directly so it gets SIGTERM, a health check on /healthz), every file it copies exists and is not
 * excluded by .dockerignore, and the health check's own command is run against a real server.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/server.ts";
import { testPrivateKey } from "../support/keys.ts";
import { ROOT } from "../support/server-process.ts";

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions in order: comments dropped, continued lines joined. */
function parseDockerfile(text: string): Instruction[] {
  const joined = text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ");
  return joined
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

const dockerfile = parseDockerfile(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));
const all = (keyword: string) => dockerfile.filter((i) => i.keyword === keyword);
const indexOf = (keyword: string) => dockerfile.findIndex((i) => i.keyword === keyword);

describe("the Dockerfile", () => {
  it("builds on the official Node 24 slim image, in one stage", () => {
    expect(all("FROM").map((i) => i.args)).toEqual([expect.stringMatching(/^node:24(\.\d+)*-(\w+-)?slim$/)]);
  });

  it("installs the production dependencies from the lock file, and copies the lock file first", () => {
    const runs = all("RUN").map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /\bnpm (install|i)\b/.test(r))).toBe(false);
    const copies = dockerfile.filter((i) => i.keyword === "COPY");
    expect(copies[0]?.args).toBe("package.json package-lock.json ./");
    expect(dockerfile.findIndex((i) => i.keyword === "RUN")).toBeGreaterThan(
      dockerfile.indexOf(copies[0] as Instruction),
    );
  });

  it("runs as an unprivileged user", () => {
    const users = all("USER").map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    expect(indexOf("USER")).toBeLessThan(indexOf("CMD"));
  });

  it("runs the server itself (no npm or shell in between), in production mode", () => {
    expect(all("CMD").at(-1)?.args).toBe('["node", "dist/server.js"]');
    expect(all("ENV").map((i) => i.args)).toContain("NODE_ENV=production");
  });

  it("checks health on /healthz", () => {
    const check = all("HEALTHCHECK").at(-1)?.args ?? "";
    expect(check).toMatch(/\bCMD\b/);
    expect(check).toContain("/healthz");
  });

  it("copies only files that exist and that .dockerignore does not exclude", () => {
    const sources = all("COPY").flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      const top = source.split("/")[0] as string;
      expect(ignored, source).not.toContain(top);
      expect(ignored, source).not.toContain(source);
    }
    expect(sources).toEqual(expect.arrayContaining(["dist/server.js", "templates"]));
  });

  it(".dockerignore keeps secrets and local folders out of the build context", () => {
    expect(ignored).toEqual(expect.arrayContaining([".env", "*.pem", ".git", "node_modules"]));
  });
});

describe("the Dockerfile's health check command", () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({
      NODE_ENV: "production",
      APP_ID: "1",
      PRIVATE_KEY: testPrivateKey(),
      WEBHOOK_SECRET: "s",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    });
  }, 20_000);
  afterAll(() => running?.close());

  /** The exec form's arguments, as Docker would run them. */
  const command = JSON.parse((all("HEALTHCHECK").at(-1)?.args ?? "").replace(/^.*?\bCMD\s+/, "")) as string[];
  const run = (port: string) =>
    promisify(execFile)(command[0] === "node" ? process.execPath : (command[0] as string), command.slice(1), {
      env: { PORT: port },
    });

  it("passes against a running server", async () => {
    await expect(run(new URL(running.url).port)).resolves.toBeDefined();
  });

  it("fails where nothing answers", async () => {
    // Port 1 on loopback: nothing listens there.
    await expect(run("1")).rejects.toMatchObject({ code: 1 });
  });
});
