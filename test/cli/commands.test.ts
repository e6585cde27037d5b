/**
 * End-to-end tests of the `wgbot` CLI, run in-process through main(argv, io): the bundled example repository,
 * a copy of it with ten planted mistakes, the output formats, and `init`.
 */
import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.ts";

const EXAMPLE = join(ROOT, "examples", "psf");

const run = (argv: string[], cwd = ROOT) => runCli(argv, { cwd });

interface JsonProblem {
  file: string;
  severity: string;
  code: string;
  message: string;
  hint?: string;
  field?: string;
  line?: number;
  column?: number;
}

interface JsonReport {
  checked: number;
  workgroups: number;
  reports: number;
  errors: number;
  warnings: number;
  problems: JsonProblem[];
}

const temps: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "wgbot-cli-"));
  temps.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Replaces the one occurrence of `from` in a file; fails loudly if the example no longer contains it. */
async function plant(root: string, file: string, from: string, to: string): Promise<void> {
  const path = join(root, file);
  const text = await readFile(path, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)} in ${file}, found ${count}`);
  await writeFile(path, text.replace(from, to));
}

/** Every file under `dir` with its content, by relative path. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path).split(sep).join("/"), await readFile(path, "utf8"));
  }
  return out;
}

describe("wgbot validate on the bundled example", () => {
  it("exits 0 and says there are no problems", async () => {
    const { code, stdout, stderr } = await run(["validate", "examples/psf"]);
    expect(stderr).toBe("");
    expect(stdout).toBe("✔ 40 files checked (6 work groups, 30 reports, 3 grant decisions): no problems.\n");
    expect(code).toBe(0);
    // The README quotes this line for a newcomer to compare with: it must be what they will see.
    expect(await readFile(join(ROOT, "README.md"), "utf8")).toContain(`\`${stdout.trim()}\``);
  });

  it("gives parseable JSON with no errors", async () => {
    const { code, stdout } = await run(["validate", "--format", "json", EXAMPLE]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report).toEqual({
      checked: 40,
      workgroups: 6,
      reports: 30,
      grants: 3,
      errors: 0,
      warnings: 0,
      problems: [],
    });
  });

  it("prints nothing in the github format", async () => {
    const { code, stdout } = await run(["validate", "-f", "github", EXAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
  });

  it("validates the directory it is run in by default", async () => {
    const { code, stdout } = await run(["validate"], EXAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain("no problems");
  });
});

describe("wgbot usage errors exit 2", () => {
  it("refuses an unknown --format", async () => {
    const { code, stdout, stderr } = await run(["validate", "--format", "xml", "examples/psf"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "wgbot validate: --format must be one of human, json, github, not 'xml'.\nRun `wgbot validate --help` for its usage.\n",
    );
  });

  it("refuses an unknown command", async () => {
    const { code, stdout, stderr } = await run(["vallidate", "examples/psf"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("wgbot: unknown command 'vallidate'.");
  });

  it("refuses a path that does not exist", async () => {
    const missing = join(await tempDir(), "no-such-repo");
    const { code, stdout, stderr } = await run(["validate", missing]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${missing} does not exist.`);
  });

  it("refuses an unknown option and a second directory", async () => {
    expect((await run(["validate", "--strict", "examples/psf"])).code).toBe(2);
    const extra = await run(["validate", "examples/psf", "examples"]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("name one folder, or files: a folder is already checked whole.");
  });

  it("prints the usage on stderr without a command, on stdout for help", async () => {
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("Usage: wgbot <command>");
    const help = await run(["help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: wgbot <command>");
  });
});

describe("wgbot validate on a copy with ten planted mistakes", () => {
  let broken: string;

  beforeAll(async () => {
    broken = join(await tempDir(), "psf");
    await cp(EXAMPLE, broken, { recursive: true });
    const wg = (path: string) => `workgroups/${path}`;
    // 1. Wrong type: a number written as words.
    await plant(broken, ".github/wgbot.yml", "  due_day: 15\n", "  due_day: the 15th\n");
    // 2. A chair who is not a member: tkovac-pkg removed from the members only.
    await plant(
      broken,
      wg("packaging/charter.yml"),
      "  members:\n    - nadia-brightwater\n    - tkovac-pkg\n",
      "  members:\n    - nadia-brightwater\n",
    );
    // 3. A slug that does not match its folder.
    await plant(broken, wg("code-of-conduct/charter.yml"), "slug: code-of-conduct\n", "slug: conduct\n");
    // 4. A value outside an enum (a typo).
    await plant(broken, wg("infrastructure/charter.yml"), "status: active\n", "status: actve\n");
    // 5. An unknown field (a typo of `cadence`).
    await plant(
      broken,
      wg("diversity-inclusion/charter.yml"),
      "  cadence: monthly\n",
      "  cadance: monthly\n",
    );
    // 6. A date in the wrong format.
    await plant(broken, wg("education/charter.yml"), "  end: 2025-12-31\n", "  end: 31/12/2025\n");
    // 7. A period that does not match the file name.
    await plant(broken, wg("packaging/reports/2026-09.yml"), 'period: "2026-09"', 'period: "2026-08"');
    // 8. A report submitted by someone who is not in the charter.
    await plant(
      broken,
      wg("grants/reports/2026-10.yml"),
      "submitted_by: ifeoma-eze-py",
      "submitted_by: ada-newcomer",
    );
    // 9. A duplicate key: a second `blockers:` list.
    await plant(
      broken,
      wg("code-of-conduct/reports/2026-08.yml"),
      "next_steps:\n",
      "blockers:\n  - The training venue is not booked yet\nnext_steps:\n",
    );
    // 10. A YAML syntax error: an @mention, which YAML does not allow unquoted.
    await plant(
      broken,
      wg("infrastructure/reports/2026-10.yml"),
      "submitted_by: linh-tran-ops",
      "submitted_by: @linh-tran-ops",
    );
  });

  /** [file, line, column, code, message] for each planted mistake, in the order the CLI sorts them. */
  const EXPECTED: [string, number, number, string, string][] = [
    [".github/wgbot.yml", 25, 12, "schema.type", "`reports.due_day` must be a whole number, not `the 15th`."],
    [
      "workgroups/code-of-conduct/charter.yml",
      2,
      7,
      "rule.slug-folder",
      "The slug `conduct` does not match the folder name `code-of-conduct`.",
    ],
    [
      "workgroups/code-of-conduct/reports/2026-08.yml",
      21,
      1,
      "yaml.duplicate-key",
      "The key `blockers` appears twice in the same mapping.",
    ],
    [
      "workgroups/diversity-inclusion/charter.yml",
      55,
      3,
      "schema.additionalProperties",
      "Unknown field `cadance` in `reporting`.",
    ],
    [
      "workgroups/education/charter.yml",
      19,
      8,
      "schema.format",
      "`active_time.end` must be a date written YYYY-MM-DD, not `31/12/2025`.",
    ],
    [
      "workgroups/grants/reports/2026-10.yml",
      4,
      15,
      "rule.submitter-not-member",
      "`ada-newcomer` is not a chair or member of `grants` according to its charter.",
    ],
    [
      "workgroups/infrastructure/charter.yml",
      4,
      9,
      "schema.enum",
      "`status` must be one of `proposed`, `active`, `inactive` or `retired`, not `actve`.",
    ],
    [
      "workgroups/infrastructure/reports/2026-10.yml",
      4,
      15,
      "yaml.bad-scalar-start",
      "This value starts with a character that needs quotes.",
    ],
    [
      "workgroups/packaging/charter.yml",
      44,
      7,
      "rule.chair-not-member",
      "The chair `tkovac-pkg` is not listed in `participants.members`.",
    ],
    [
      "workgroups/packaging/reports/2026-09.yml",
      3,
      9,
      "rule.period-file",
      "The period 2026-08 does not match the file name 2026-09.yml.",
    ],
  ];

  it("reports exactly those ten problems, each at its file, line and column", async () => {
    const { code, stdout } = await run(["validate", "--format", "json", broken]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report).toMatchObject({ checked: 40, workgroups: 6, reports: 30, errors: 10, warnings: 0 });
    expect(report.problems.map((p) => [p.file, p.line, p.column, p.code, p.message])).toEqual(EXPECTED);
    for (const p of report.problems) {
      expect(p.severity).toBe("error");
      expect(p.hint, `${p.file} has a hint`).toMatch(/\S/);
    }
  });

  it("points at the field concerned and says how to fix it", async () => {
    const { stdout } = await run(["validate", "--format", "json", broken]);
    const byFile = new Map((JSON.parse(stdout) as JsonReport).problems.map((p) => [p.file, p]));
    expect(byFile.get("workgroups/packaging/charter.yml")).toMatchObject({
      field: "participants.chairs[1]",
      hint: "Add `tkovac-pkg` to the members: every chair is also a member.",
    });
    expect(byFile.get("workgroups/infrastructure/charter.yml")?.hint).toBe("Did you mean `active`?");
    expect(byFile.get("workgroups/diversity-inclusion/charter.yml")).toMatchObject({
      field: "reporting.cadance",
      hint: "Did you mean `cadence`?",
    });
    expect(byFile.get("workgroups/packaging/reports/2026-09.yml")?.hint).toBe(
      'Set `period: "2026-09"`, or rename the file to 2026-08.yml.',
    );
  });

  it("writes GitHub workflow commands, one per problem", async () => {
    const { code, stdout } = await run(["validate", "--format", "github", broken]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    for (const line of lines) {
      expect(line).toMatch(
        /^::error file=[^,:]+,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=wgbot%3A [a-zA-Z.-]+::\S.*$/,
      );
    }
    expect(lines.map((l) => /file=([^,]+),line=(\d+),col=(\d+)/.exec(l)?.slice(1))).toEqual(
      EXPECTED.map(([file, line, column]) => [file, String(line), String(column)]),
    );
    expect(lines).toContain(
      "::error file=workgroups/infrastructure/charter.yml,line=4,col=9,endLine=4,endColumn=14,title=wgbot%3A schema.enum::`status` must be one of `proposed`, `active`, `inactive` or `retired`, not `actve`. Did you mean `active`?",
    );
  });

  it("shows a code frame with a caret under the mistake in the human format", async () => {
    const { code, stdout } = await run(["validate", broken]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        "workgroups/infrastructure/charter.yml:4:9  error  `status` must be one of `proposed`, `active`, `inactive` or `retired`, not `actve`.",
        "  3 | name: Infrastructure Work Group",
        "> 4 | status: actve",
        "    |         ^^^^^",
        "  5 | mission_alignment: >",
        "  hint: Did you mean `active`?",
      ].join("\n"),
    );
    expect(stdout).toContain(["> 4 | submitted_by: @linh-tran-ops", "    |               ^"].join("\n"));
    expect(stdout).not.toContain("\u001b[");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "✖ 10 errors, 0 warnings in 10 files; 40 files checked (6 work groups, 30 reports, 3 grant decisions).",
    );
  });
});

describe("wgbot init", () => {
  it("scaffolds a repository that validates clean; run again, it keeps every file and writes nothing", async () => {
    const dir = join(await tempDir(), "governance");
    const first = await run(["init", dir]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain(`Wrote 11 files in ${dir}:`);

    const files = await tree(dir);
    for (const path of [
      ".github/wgbot.yml",
      ".github/ISSUE_TEMPLATE/charter.yml",
      ".github/ISSUE_TEMPLATE/grant.yml",
      "workgroups/example/charter.yml",
      "schemas/charter.schema.json",
      "schemas/report.schema.json",
    ]) {
      expect(files.has(path), path).toBe(true);
      expect(first.stdout).toContain(`  ${path}\n`);
    }

    const validated = await run(["validate", dir]);
    expect(validated.stdout).toContain("no problems");
    expect(validated.code).toBe(0);

    const second = await run(["init", dir]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe("");
    expect(second.stdout).not.toContain("Wrote");
    expect(second.stdout).toContain("Kept 11 files already there, unchanged:\n");
    expect(second.stdout).toContain("  .github/wgbot.yml\n");
    expect(second.stdout).toContain("Nothing to write: every file is there.");
    expect(await tree(dir)).toEqual(files);
  });

  it("writes only the missing files and lists the ones it kept", async () => {
    const dir = await tempDir();
    expect((await run(["init"], dir)).code).toBe(0);
    await unlink(join(dir, "workgroups/example/charter.yml"));
    await writeFile(join(dir, ".github/wgbot.yml"), "preset: psf\n# edited by hand\n");
    const before = await tree(dir);
    const again = await run(["init", "."], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Wrote 1 file in");
    expect(again.stdout).toContain("  workgroups/example/charter.yml\n");
    expect(again.stdout).toContain("Kept 10 files already there, unchanged:");
    const after = await tree(dir);
    expect(after.get(".github/wgbot.yml")).toBe("preset: psf\n# edited by hand\n");
    expect(new Map([...after].filter(([path]) => path !== "workgroups/example/charter.yml"))).toEqual(before);
  });
});

describe("wgbot failing on its own", () => {
  it("says in one line what failed, with no stack trace, and exits 1", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "a-file"), "not a folder\n");
    const failed = await run(["init", join(dir, "a-file", "repo")]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toMatch(/^wgbot init failed: ENOTDIR: not a directory, mkdir '[^\n]*'\n$/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
  });
});
