/**
 * The offline GitHub as a state: GitHub's size limits on the local repository's files, writes that change only the
 * in-memory copy, and a simulation that prints the same plan every time.
 */
import { cp, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRepoBytes } from "../../src/gather/files.ts";
import type { Payload } from "../../src/model/event.ts";
import { OfflineGitHub } from "../../src/simulate/offline-github.ts";
import { ROOT, runCli } from "../support/cli.ts";

const repo = { owner: "psf", repo: "governance" };
const GRANT = "examples/events/02-grant-request.json";
const payload = {
  action: "opened",
  repository: { name: "governance", owner: { login: "psf" } },
  sender: { login: "ada", type: "User" },
  issue: { number: 42, title: "Grant request", user: { login: "ada" }, labels: [], comments: 0 },
} as unknown as Payload;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wgbot-offline-"));
  await cp(join(ROOT, "examples", "psf"), dir, { recursive: true });
  // Sparse: over GitHub's 100 MB limit for a file without taking the disk space.
  await writeFile(join(dir, "workgroups", "huge.bin"), "");
  await truncate(join(dir, "workgroups", "huge.bin"), 100 * 1024 * 1024 + 1);
  await writeFile(join(dir, "workgroups", "packaging", "notes.yml"), `# ${"x".repeat(2 * 1024 * 1024)}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const offline = () => new OfflineGitHub({ root: dir, repo, payload, teams: new Map() });

describe("the offline GitHub's files", () => {
  it("leaves out a file over GitHub's 100 MB limit, and the simulation says so", async () => {
    const gh = offline();
    expect(gh.tooLarge).toEqual(["workgroups/huge.bin"]);
    await expect(
      gh.github.rest.repos.getContent({ ...repo, path: "workgroups/huge.bin" }),
    ).rejects.toMatchObject({ status: 404 });
    const result = await runCli(["simulate", "issues", GRANT, "--repo", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "⚠ workgroups/huge.bin is larger than GitHub's 100 MB limit for a file, so the simulation leaves it out.",
    );
  });

  it("sends no content for a file over 1 MB, which wgbot then reads as too large", async () => {
    const { github } = offline();
    const path = "workgroups/packaging/notes.yml";
    const { data } = await github.rest.repos.getContent({ ...repo, path });
    expect(data).toMatchObject({ type: "file", encoding: "none", content: "" });
    expect(await readRepoBytes(github, repo, path)).toEqual({ tooLarge: 2 * 1024 * 1024 + 3 });
  });
});

describe("writes offline", () => {
  it("are recorded and change only the in-memory copy, which later reads see", async () => {
    const gh = offline();
    const { data } = await gh.github.rest.issues.createComment({ ...repo, issue_number: 42, body: "hi" });
    expect(data.user?.login).toBe("wgbot-simulate[bot]");
    const listed = await gh.github.rest.issues.listComments({ ...repo, issue_number: 42 });
    expect(listed.data.map((c) => c.body)).toEqual(["hi"]);
    expect(gh.writes.map((c) => `${c.method} ${c.path} ${c.source}`)).toEqual([
      "POST /repos/psf/governance/issues/42/comments recorded",
    ]);
    // A fresh offline GitHub starts again from the repository and the payload.
    const again = await offline().github.rest.issues.listComments({ ...repo, issue_number: 42 });
    expect(again.data).toEqual([]);
  });
});

describe("wgbot simulate", () => {
  it("prints the same plan when run twice on the same event", async () => {
    const argv = ["simulate", "issues", GRANT, "--repo", "examples/psf", "--format", "json"];
    const [first, second] = [await runCli(argv), await runCli(argv)];
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});
