/** A newcomer's first commands through the installed command: bin/wgbot.js and the bundle built from the sources. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { ROOT } from "../support/cli.ts";
import { runBuiltCli } from "../support/cli-build.ts";

let empty: string;

beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), "wgbot-built-"));
});

afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
});

describe("the built wgbot command", () => {
  it("prints its version and a command's help", async () => {
    expect(await runBuiltCli(["--version"], ROOT)).toEqual({
      code: 0,
      stdout: `wgbot ${packageJson.version}\n`,
      stderr: "",
    });
    const help = await runBuiltCli(["init", "--help"], ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wgbot init \[dir\] \[options\]\n/);
  }, 60_000);

  it("fails validate in a folder that is not a governance repository", async () => {
    const run = await runBuiltCli(["validate"], empty);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("is not a governance repository");
  }, 60_000);

  it("sets up a repository twice over with init, then validates it clean", async () => {
    const first = await runBuiltCli(["init"], empty);
    expect(first.code).toBe(0);
    const second = await runBuiltCli(["init"], empty);
    expect(second.stdout).toContain("Nothing to write: every file is there.");
    const run = await runBuiltCli(["validate"], empty);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("no problems");
  }, 60_000);

  it("answers a usage mistake with one line and where the help is", async () => {
    const run = await runBuiltCli(["simulate", "isues", "payload.json"], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(3);
    expect(run.stderr).toContain("Did you mean 'issues'?");
  }, 60_000);

  it("checks one file, writes annotations relative to the workspace, and words an impossible date", async () => {
    const workspace = join(empty, "workspace");
    const governance = join(workspace, "governance");
    await cp(join(ROOT, "examples", "psf"), governance, { recursive: true });
    const report = "workgroups/packaging/reports/2026-10.yml";
    const one = await runBuiltCli(["validate", report], governance);
    expect(one).toMatchObject({ code: 0, stderr: "" });
    expect(one.stdout).toMatch(/^✔ 1 file checked/);

    const charter = join(governance, "workgroups/packaging/charter.yml");
    await writeFile(charter, (await readFile(charter, "utf8")).replace(/review: \S+/, "review: 2027-02-30"));
    const github = await runBuiltCli(["validate", "--format", "github"], governance, {
      GITHUB_WORKSPACE: workspace,
    });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(
      /^::error file=governance\/workgroups\/packaging\/charter\.yml,line=\d+,.*not a real date/m,
    );
  }, 60_000);

  it("writes the issue forms from the config and prints the effective config", async () => {
    const repo = join(empty, "forms");
    expect((await runBuiltCli(["init", repo], ROOT)).code).toBe(0);
    const forms = await runBuiltCli(["forms"], repo);
    expect(forms).toMatchObject({ code: 0, stderr: "" });
    expect(forms.stdout).toContain(".github/ISSUE_TEMPLATE/grant.yml (up to date)");
    const config = await runBuiltCli(["config"], repo);
    expect(config.code).toBe(0);
    expect(config.stdout).toMatch(/^preset: psf +# \.github\/wgbot\.yml$/m);
  }, 60_000);
});
