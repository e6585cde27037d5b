/**
 * `wgbot validate` pointed where newcomers point it: a folder that is not a governance repository, one file (as an
 * editor or a pre-commit hook calls it), and a governance repository in a subfolder of the checkout that a
 * workflow annotates.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.ts";

let checkout: string;
let governance: string;

beforeAll(async () => {
  // A checkout with the governance repository in a subfolder, and one planted mistake in a report.
  checkout = await mkdtemp(join(tmpdir(), "wgbot-validate-"));
  governance = join(checkout, "governance");
  await cp(join(ROOT, "examples", "psf"), governance, { recursive: true });
  const report = join(governance, "workgroups/packaging/reports/2026-09.yml");
  await writeFile(report, (await readFile(report, "utf8")).replace('period: "2026-09"', 'period: "2026-08"'));
  const charter = join(governance, "workgroups/infrastructure/charter.yml");
  await writeFile(charter, (await readFile(charter, "utf8")).replace("status: active\n", "status: actve\n"));
  await writeFile(join(governance, "workgroups/packaging/notes.md"), "Not a governance file.\n");
});

afterAll(async () => {
  await rm(checkout, { recursive: true, force: true });
});

const env = {};

describe("wgbot validate in a folder that is not a governance repository", () => {
  it("says so and exits 1, so CI run in the wrong folder fails", async () => {
    const { code, stdout, stderr } = await runCli(["validate"], { cwd: checkout, env });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        `wgbot validate: ${checkout} is not a governance repository: no .github/wgbot.yml and no workgroups/ folder.`,
        "Run it in the repository's root or name that folder (wgbot validate path/to/governance);",
        "to start a new one here, run `wgbot init`.",
        "",
      ].join("\n"),
    );
  });

  it("refuses a file outside any governance repository", async () => {
    const outside = join(checkout, "README.md");
    await writeFile(outside, "# A checkout\n");
    const { code, stderr } = await runCli(["validate", outside], { cwd: checkout, env });
    expect(code).toBe(1);
    expect(stderr).toContain(`${outside} is not inside a governance repository`);
  });
});

describe("wgbot validate <file>", () => {
  it("checks that file alone, with the repository found upwards for context", async () => {
    const cwd = join(governance, "workgroups/packaging");
    const { code, stdout } = await runCli(["validate", "reports/2026-09.yml"], { cwd, env });
    expect(code).toBe(1);
    expect(stdout).toContain("workgroups/packaging/reports/2026-09.yml:3:9  error  The period 2026-08");
    // The charter's mistake is in another file: not this file's problem.
    expect(stdout).not.toContain("actve");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "✖ 1 error, 0 warnings in 1 file; 1 file checked (0 work groups, 1 report).",
    );
  });

  it("checks a report against its charter (who may submit it) and passes a clean one", async () => {
    const { code, stdout } = await runCli(
      ["validate", "workgroups/packaging/reports/2026-10.yml", "workgroups/packaging/charter.yml"],
      { cwd: governance, env },
    );
    expect(stdout).toBe("✔ 2 files checked (1 work group, 1 report): no problems.\n");
    expect(code).toBe(0);
  });

  it("checks a grants ledger record named on its own", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "grants/2026/44-django-girls-porto.yml"], {
      cwd: governance,
      env,
    });
    expect(stderr).toBe("");
    expect(stdout).toBe("✔ 1 file checked (0 work groups, 0 reports, 1 grant decision): no problems.\n");
    expect(code).toBe(0);
  });

  it("skips a file wgbot does not read, saying so, without failing", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "workgroups/packaging/notes.md"], {
      cwd: governance,
      env,
    });
    expect(stderr).toBe(
      "wgbot validate: workgroups/packaging/notes.md is not a file wgbot checks; skipped.\n",
    );
    expect(stdout).toBe("✔ 0 files checked (0 work groups, 0 reports): no problems.\n");
    expect(code).toBe(0);
  });
});

describe("wgbot validate --format github in a subfolder of the checkout", () => {
  const annotatedFiles = (stdout: string) => [...stdout.matchAll(/file=([^,]+),/g)].map((m) => m[1]);

  it("names files from the checkout's root, taken from GITHUB_WORKSPACE", async () => {
    const { stdout } = await runCli(["validate", "governance", "-f", "github"], {
      cwd: checkout,
      env: { GITHUB_WORKSPACE: checkout },
    });
    expect(annotatedFiles(stdout)).toEqual([
      "governance/workgroups/infrastructure/charter.yml",
      "governance/workgroups/packaging/reports/2026-09.yml",
    ]);
  });

  it("takes --root over the environment, and refuses one that does not contain the repository", async () => {
    const run = await runCli(["validate", ".", "-f", "github", "--root", ".."], {
      cwd: governance,
      env: { GITHUB_WORKSPACE: "/elsewhere" },
    });
    expect(annotatedFiles(run.stdout)[0]).toBe("governance/workgroups/infrastructure/charter.yml");
    const sibling = join(checkout, "other");
    await mkdir(sibling, { recursive: true });
    const wrong = await runCli(["validate", ".", "-f", "github", "--root", sibling], {
      cwd: governance,
      env,
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      `--root ${sibling} does not contain the governance repository ${governance}.`,
    );
  });

  it("keeps paths as they are without a checkout, or when GITHUB_WORKSPACE is elsewhere", async () => {
    for (const workspace of [{}, { GITHUB_WORKSPACE: join(checkout, "other") }]) {
      const { stdout } = await runCli(["validate", "-f", "github"], { cwd: governance, env: workspace });
      expect(annotatedFiles(stdout)[0]).toBe("workgroups/infrastructure/charter.yml");
    }
  });
});
