/**
 * `wgbot validate` as the installed command runs it (bin/wgbot.js, the bundled dist/cli.js, which CI rebuilds and
 * checks before the tests) on a repository whose values, keys and folder
 * names hold invisible characters and workflow-command payloads. Whatever the format, no line of stdout or stderr
 * is one the Actions runner would run (a line starting with `::`, or holding `##[` anywhere) except wgbot's own
 * annotations in `github` format, and every invisible character is written out.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawInvisible } from "../hostile/harness.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WG = "workgroups/packaging";
let repo: string;
let secret: string;

/**
 * YAML with the payloads in values, a key and a list item: invisible characters as they are in the file, and line
 * feeds as YAML's `\n` escapes in double-quoted text.
 */
const REPORT = `workgroup: packaging
period: "2026-10"
submitted_by: "ali\u200Bce"
highlights:
  - "Released\\n::error file=x.yml::forged\\n##[group]hidden"
notes: "a \u202Eevil ##[add-mask]secret"
"x\\n::warning::key\u2066": 1
metrics:
  - name: Pull requests merged
    value: "42\\n::stop-commands::pause"
`;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "wgbot-inert-"));
  await cp(join(ROOT, "examples", "psf"), repo, { recursive: true });
  await writeFile(join(repo, WG, "reports", "2026-10.yml"), REPORT);
  // Folder and file names may hold a line feed on Linux, and anything invisible.
  for (const dir of ["evil\n::error::folder", "wg\u200B", "x\n##[group]y"]) {
    await mkdir(join(repo, "workgroups", dir, "reports"), { recursive: true });
    await writeFile(join(repo, "workgroups", dir, "reports", "2026-10.yml"), "workgroup: x\n");
  }
  await writeFile(join(repo, WG, "reports", "2026-11\n::error::file.yml"), "period: 1\n");
  // A link out of the repository, to a file whose content must never be printed.
  secret = join(repo, "..", `${basename(repo)}-secret.yml`);
  await writeFile(secret, "workgroup: THE-SECRET-VALUE\n");
  await symlink(secret, join(repo, WG, "reports", "2020-01.yml"));
}, 60_000);
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(secret, { force: true });
});

async function validate(format: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = promisify(execFile);
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, "bin", "wgbot.js"), "validate", "--format", format, repo],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** wgbot's own annotation: `::error` or `::warning`, properties, `::`, a message with no line break left in it. */
const OWN_ANNOTATION =
  /^::(?:error|warning) (?:file=[^,:\n]*,(?:line=\d+,col=\d+,(?:endLine=\d+,)?(?:endColumn=\d+,)?)?)?title=[^:\n]*::[^\n]*$/;

function commandLines(text: string, own: (line: string) => boolean): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => (/^\s*::/.test(line) && !own(line)) || line.includes("##["));
}

describe("wgbot validate never writes a workflow command it does not mean", () => {
  for (const format of ["human", "json", "github"]) {
    it(`--format ${format}`, async () => {
      const { code, stdout, stderr } = await validate(format);
      expect(code, stderr).toBe(1);
      expect(stderr).toBe("");
      // The link is reported, never followed.
      expect(stdout).toContain("symbolic link");
      expect(stdout).not.toContain("THE-SECRET-VALUE");
      const own = (line: string) => format === "github" && OWN_ANNOTATION.test(line);
      expect(commandLines(stdout, own)).toEqual([]);
      expect(rawInvisible(stdout)).toBeUndefined();
      // The payloads are there, written out, not dropped.
      if (format !== "json") {
        expect(stdout).toContain("ali<U+200B>ce");
        expect(stdout).toContain("key<U+2066>");
      }
      if (format === "human") {
        // The code frame shows the file's line with its characters written out, the caret under the value.
        expect(stdout).toContain('notes: "a <U+202E>evil #<U+0023>[add-mask]secret"');
        expect(stdout).toContain(
          '> 3 | submitted_by: "ali<U+200B>ce"\n    |               ^^^^^^^^^^^^^^^\n',
        );
        expect(stdout).toContain("workgroups/evil<U+000A>:");
        expect(stdout).toContain("workgroups/wg<U+200B>");
      }
      if (format === "github") {
        // Every line is one of wgbot's annotations.
        expect(
          stdout
            .trimEnd()
            .split("\n")
            .every((line) => OWN_ANNOTATION.test(line)),
        ).toBe(true);
      }
      if (format === "json") {
        const report = JSON.parse(stdout) as { problems: { file: string; message: string }[] };
        const files = report.problems.map((p) => p.file);
        // Exact values once parsed: the paths as they are on disk.
        expect(files).toContain("workgroups/wg\u200B/reports/2026-10.yml");
        expect(files.some((f) => f.includes("\n::error::"))).toBe(true);
        expect(report.problems.map((p) => p.message).join("\n")).toContain("ali<U+200B>ce");
        expect(stdout).toContain("\\u200b");
      }
    }, 60_000);
  }

  it("keeps a usage error quoting a hostile path inert too", async () => {
    const { code, stdout, stderr } = await validate("human\n::error::usage");
    expect(code).toBe(2);
    expect(commandLines(stdout + stderr, () => false)).toEqual([]);
    expect(stderr).toContain("human<U+000A>::error::usage");
  }, 60_000);
});
