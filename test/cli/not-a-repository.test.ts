/**
 * Every command that reads a governance repository refuses a folder that is none, the same way: one line saying what
 * is missing and exit 1, never a dashboard or a status of "0 work groups" that looks like success. Inside a
 * repository (a work group's folder), it points at the repository rather than at `wgbot init`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.ts";

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), "wgbot-empty-"));
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
});

const example = join(ROOT, "examples", "psf");
const inside = join(example, "workgroups");

describe("a folder that is not a governance repository", () => {
  it.each(["status", "site"])("wgbot %s refuses it, and writes nothing", async (command) => {
    const out = join(empty, "_site");
    const { code, stdout, stderr } = await runCli([
      command,
      empty,
      ...(command === "site" ? ["--out", out] : []),
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `wgbot ${command}: ${empty} is not a governance repository: no .github/wgbot.yml and no workgroups/ folder. Name that folder (e.g. path/to/governance), or run \`wgbot init\` to start one.\n`,
    );
  });

  it.each(["status", "site"])(
    "wgbot %s in a work group's folder names the repository it is in",
    async (command) => {
      const { code, stderr } = await runCli([
        command,
        inside,
        ...(command === "site" ? ["--out", join(empty, "s")] : []),
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(`It is inside the one at ${example}: run it there.`);
    },
  );

  it("wgbot validate in a work group's folder names the repository, not wgbot init", async () => {
    const { code, stderr } = await runCli(["validate", inside]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `wgbot validate: ${inside} is not a governance repository: no .github/wgbot.yml and no workgroups/ folder.\nIt is inside the governance repository at ${example}: run \`wgbot validate ${example}\`.\n`,
    );
  });
});
