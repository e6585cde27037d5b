/**
 * `wgbot validate` on a repository whose config extends a shared one (`_extends`): offline, the shared file cannot
 * be read, so the check says once, as a warning on the `_extends` line, that its values were not applied.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.ts";

let dir: string;
let governance: string;
let config: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wgbot-extends-"));
  governance = join(dir, "governance");
  await cp(join(ROOT, "examples", "psf"), governance, { recursive: true });
  config = await readFile(join(governance, ".github/wgbot.yml"), "utf8");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example's config with `_extends: <value>` on its line 3 (after the two comment lines). */
async function extending(value: string): Promise<void> {
  const lines = config.split("\n");
  lines.splice(2, 0, `_extends: ${value}`);
  await writeFile(join(governance, ".github/wgbot.yml"), lines.join("\n"));
}

const MESSAGE = "`_extends: other-repo` is not checked offline: values from it are not applied here.";

describe("wgbot validate and _extends", () => {
  it("warns once, on the _extends line, that the shared config was not applied, and still passes", async () => {
    await extending("other-repo");
    const { code, stdout } = await runCli(["validate", "--format", "json"], { cwd: governance });
    expect(code).toBe(0);
    const { problems } = JSON.parse(stdout) as { problems: Record<string, unknown>[] };
    expect(problems.filter((p) => p.file === ".github/wgbot.yml")).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "config.extends-offline",
        message: MESSAGE,
        line: 3,
      }),
    ]);

    const human = await runCli(["validate"], { cwd: governance });
    expect(human.code).toBe(0);
    expect(human.stdout.split(MESSAGE)).toHaveLength(2);
    expect(human.stdout).toContain(
      "This check used the preset and this file's own values. The App and the Action read the shared file from GitHub and apply it.",
    );
  });

  it("names the file that is extended as the config names it", async () => {
    await extending("psf/.github:wgbot.yml");
    const { stdout } = await runCli(["validate", ".github/wgbot.yml", "--format", "json"], {
      cwd: governance,
    });
    const { problems } = JSON.parse(stdout) as { problems: { message: string }[] };
    expect(problems.map((p) => p.message)).toEqual([
      "`_extends: psf/.github:wgbot.yml` is not checked offline: values from it are not applied here.",
    ]);
  });

  it("says nothing of _extends when the config extends nothing", async () => {
    await writeFile(join(governance, ".github/wgbot.yml"), config);
    const { code, stdout } = await runCli(["validate", "--format", "json"], { cwd: governance });
    expect(code).toBe(0);
    expect(stdout).not.toContain("_extends");
  });
});

describe("wgbot forms and wgbot config and _extends", () => {
  it("forms warns that the shared values are not quoted, and still writes the forms", async () => {
    await extending("other-repo");
    const { code, stderr } = await runCli(["forms"], { cwd: governance });
    expect(code).toBe(0);
    expect(stderr).toBe(
      "wgbot forms: warning: .github/wgbot.yml extends other-repo, which cannot be read offline: the forms quote the preset and this file's own values. Set the values they quote (thresholds, lead times, currency) in this file if the shared one changes them.\n",
    );
  });

  it("config warns that the shared values are not shown", async () => {
    await extending("other-repo");
    const { code, stderr, stdout } = await runCli(["config"], { cwd: governance });
    expect(code).toBe(0);
    expect(stderr).toBe(
      "wgbot config: warning: .github/wgbot.yml extends other-repo, which cannot be read offline: its values are not shown. The App and the Action read it from GitHub and merge this file over it.\n",
    );
    expect(stdout).toContain("# The effective config of");
  });

  it("neither says a word of it when the config extends nothing", async () => {
    await writeFile(join(governance, ".github/wgbot.yml"), config);
    expect((await runCli(["forms"], { cwd: governance })).stderr).toBe("");
    expect((await runCli(["config"], { cwd: governance })).stderr).toBe("");
  });
});
