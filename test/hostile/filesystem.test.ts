/**
 * The hostile file system, through the CLI's real entry point (main(argv, io), as test/cli/commands.test.ts runs it; the
 * cases that could hang run `src/cli/run.ts` in a child process with a timeout): symbolic links out of the
 * repository, things of the wrong kind where wgbot expects a file or a folder, files over the size limit, pipes,
 * sockets and devices, names that are not UTF-8, odd line endings, config paths that leave the repository, and
 * payloads of the wrong shape for `wgbot simulate`. Each is one clear problem naming its path; nothing outside the
 * repository is read or printed; no stack trace; exit codes as the README says (0 clean, 1 problems, 2 usage).
 */
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PRESETS } from "../../src/config/presets.ts";
import { decideReportPr } from "../../src/decide/report-pr.ts";
import { readRepoBytes } from "../../src/gather/files.ts";
import type { GitHub } from "../../src/github/client.ts";
import type { Problem } from "../../src/problems.ts";
import { classifyPath } from "../../src/repo/paths.ts";
import { type CliRun, NOW, ROOT, runCli } from "../support/cli.ts";
import { charterYaml, reportYaml } from "../support/governance-files.ts";

// Every path wgbot opens, to show that a file over the limit or a pipe is never opened (judged by lstat only).
const opened = vi.hoisted(() => new Set<string>());
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const openSync: typeof real.openSync = (path, ...rest) => {
    opened.add(String(path));
    return real.openSync(path, ...(rest as [number]));
  };
  const readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    opened.add(String(path));
    return (real.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, default: { ...real, openSync, readFileSync }, openSync, readFileSync };
});

const SECRET = "TOP-SECRET-7f3a9c";
/** Outside every repository: YAML that would fail validation with the secret on the failing line, if it were read. */
const SECRET_YAML = `slug: ${SECRET}\nstatus: [${SECRET}\n`;
const CHARTER = "workgroups/packaging/charter.yml";
const REPORT = "workgroups/packaging/reports/2026-10.yml";
const STACK_TRACE = /^\s+at .+[:(]\d+:\d+\)?$/m;

const temps: string[] = [];
const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) server.close();
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(prefix = "wgbot-fs-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A folder outside any repository, holding the secret as a file and as a work group. */
async function outside(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir("wgbot-outside-");
  await writeFile(join(dir, "secret.yml"), SECRET_YAML);
  await writeFile(join(dir, "charter.yml"), SECRET_YAML);
  await writeFile(join(dir, "wgbot.yml"), `preset: ${SECRET}\n`);
  await mkdir(join(dir, "reports"));
  await writeFile(join(dir, "reports", "2026-10.yml"), SECRET_YAML);
  return { dir, file: join(dir, "secret.yml") };
}

/** A valid governance repository (config + one charter), then `files` written over it (null: removed). */
async function repo(files: Record<string, string | Uint8Array | null> = {}): Promise<string> {
  const dir = await tempDir();
  const all: Record<string, string | Uint8Array | null> = {
    ".github/wgbot.yml": "preset: psf\n",
    [CHARTER]: charterYaml({ slug: "packaging" }),
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    if (content === null) continue;
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** `wgbot validate` in every output format; the JSON one parsed. Nothing may leak or show a stack trace. */
async function validate(dir: string): Promise<{ code: number; problems: Problem[]; human: string }> {
  const runs = await Promise.all(["human", "json", "github"].map((f) => runCli(["validate", "-f", f, dir])));
  for (const run of runs) expectClean(run);
  const [human, json, github] = runs as [CliRun, CliRun, CliRun];
  expect(new Set(runs.map((r) => r.code)).size).toBe(1);
  const problems = (JSON.parse(json.stdout) as { problems: Problem[] }).problems;
  expect(github.stdout.split("\n").filter(Boolean)).toHaveLength(problems.length);
  return { code: json.code, problems, human: human.stdout };
}

function expectClean(run: CliRun): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toContain(SECRET);
  expect(all).not.toMatch(STACK_TRACE);
  expect(all).not.toMatch(/^root:.*:0:0:/m); // /etc/passwd
}

/** The repository's problems are exactly these, by code and path: one each, and exit code 1. */
async function expectProblems(dir: string, expected: [code: string, file: string][]): Promise<Problem[]> {
  const { code, problems, human } = await validate(dir);
  expect(problems.map((p) => [p.code, p.file])).toEqual(expected);
  for (const [, file] of expected) expect(human).toContain(file);
  for (const p of problems) expect(p.message.length).toBeGreaterThan(20);
  expect(code).toBe(1);
  return problems;
}

describe("symbolic links are reported, never followed", () => {
  it("a report that links to a file outside", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    await symlink((await outside()).file, join(dir, REPORT));
    const [p] = await expectProblems(dir, [["repo.symlink", REPORT]]);
    expect(p?.message).toBe(`\`${REPORT}\` is a symbolic link; wgbot does not follow links.`);
  });

  it("a charter that links to a file outside", async () => {
    const dir = await repo({ [CHARTER]: null });
    await mkdir(join(dir, "workgroups/packaging"), { recursive: true });
    await symlink((await outside()).file, join(dir, CHARTER));
    await expectProblems(dir, [["repo.symlink", CHARTER]]);
  });

  it("a work group folder that links to a folder outside", async () => {
    const dir = await repo();
    await symlink((await outside()).dir, join(dir, "workgroups/evil"));
    await expectProblems(dir, [["repo.symlink", "workgroups/evil"]]);
  });

  it("a reports folder that links to a folder outside", async () => {
    const dir = await repo();
    await symlink(join((await outside()).dir, "reports"), join(dir, "workgroups/packaging/reports"));
    await expectProblems(dir, [["repo.symlink", "workgroups/packaging/reports"]]);
  });

  it("the work groups folder itself, as a link", async () => {
    const dir = await repo({ [CHARTER]: null });
    const out = await outside();
    await mkdir(join(out.dir, "packaging"));
    await writeFile(join(out.dir, "packaging", "charter.yml"), SECRET_YAML);
    await symlink(out.dir, join(dir, "workgroups"));
    await expectProblems(dir, [["repo.symlink", "workgroups"]]);
  });

  it("the config, as a link to a file outside (the preset is used instead)", async () => {
    const dir = await repo({ ".github/wgbot.yml": null });
    await mkdir(join(dir, ".github"));
    await symlink((await outside()).file, join(dir, ".github/wgbot.yml"));
    await expectProblems(dir, [["repo.symlink", ".github/wgbot.yml"]]);
  });

  it(".github as a link to a folder outside, reported once", async () => {
    const dir = await repo({ ".github/wgbot.yml": null });
    await symlink((await outside()).dir, join(dir, ".github"));
    await expectProblems(dir, [["repo.symlink", ".github"]]);
  });

  it("the misplaced config name, as a link", async () => {
    const dir = await repo();
    await symlink((await outside()).file, join(dir, ".github/wgbot.yaml"));
    await expectProblems(dir, [["repo.symlink", ".github/wgbot.yaml"]]);
  });

  it("a link to /etc/passwd", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    await symlink("/etc/passwd", join(dir, REPORT));
    await expectProblems(dir, [["repo.symlink", REPORT]]);
  });

  it("a dangling link", async () => {
    const dir = await repo();
    await symlink(join(dir, "nowhere.yml"), join(dir, "workgroups/packaging/notes.yml"));
    await expectProblems(dir, [["repo.symlink", "workgroups/packaging/notes.yml"]]);
  });

  it("a link to itself (a loop)", async () => {
    const dir = await repo();
    await symlink("loop.yml", join(dir, "workgroups/packaging/loop.yml"));
    await expectProblems(dir, [["repo.symlink", "workgroups/packaging/loop.yml"]]);
  });

  it("a link to a file inside the repository is still not followed", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    await symlink("../charter.yml", join(dir, REPORT));
    await expectProblems(dir, [["repo.symlink", REPORT]]);
  });

  it("a link that is not a YAML file, under the work groups folder", async () => {
    const dir = await repo();
    await symlink((await outside()).file, join(dir, "workgroups/README.md"));
    await expectProblems(dir, [["repo.symlink", "workgroups/README.md"]]);
  });

  it("a linked folder on the way to a configured work groups folder", async () => {
    const dir = await repo({
      ".github/wgbot.yml": "paths:\n  workgroups: governance/wgs\n",
      [CHARTER]: null,
    });
    await symlink((await outside()).dir, join(dir, "governance"));
    await expectProblems(dir, [["repo.symlink", "governance"]]);
  });

  it("goes on after a link: the other files are still checked", async () => {
    const dir = await repo({ [REPORT]: reportYaml({ workgroup: "packaging", period: "2026-13" }) });
    await symlink((await outside()).file, join(dir, "workgroups/packaging/reports/2026-09.yml"));
    const { problems } = await validate(dir);
    expect(problems.map((p) => p.code)).toContain("repo.symlink");
    expect(problems.some((p) => p.file === REPORT && p.code.startsWith("schema."))).toBe(true);
  });
});

describe("the repository the user names", () => {
  it("may itself be a link: the user chose it", async () => {
    const dir = await repo();
    const link = join(await tempDir(), "governance");
    await symlink(dir, link);
    expect((await validate(link)).code).toBe(0);
  });

  it("a named pipe instead of a folder is a usage error (exit 2), not a wait", async () => {
    const dir = await tempDir();
    execFileSync("mkfifo", [join(dir, "repo")]);
    const run = await runCli(["validate", join(dir, "repo")]);
    expectClean(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a directory");
  });
});

describe("a thing of the wrong kind is one problem", () => {
  it("a file where the reports folder belongs", async () => {
    const dir = await repo({ "workgroups/packaging/reports": "2026-10: done\n" });
    const [p] = await expectProblems(dir, [["repo.not-a-folder", "workgroups/packaging/reports"]]);
    expect(p?.message).toMatch(/is a file, where wgbot expects a folder/);
  });

  it("a folder named charter.yml", async () => {
    const dir = await repo({ [CHARTER]: null, [`${CHARTER}/x`]: "a: 1\n" });
    const [p] = await expectProblems(dir, [["repo.not-a-file", CHARTER]]);
    expect(p?.message).toMatch(/is a folder, where wgbot expects a file/);
  });

  it("a folder named like a report", async () => {
    const dir = await repo({ [`${REPORT}/x.yml`]: "a: 1\n" });
    await expectProblems(dir, [["repo.not-a-file", REPORT]]);
  });

  it("a folder where the config belongs (the preset is used instead)", async () => {
    const dir = await repo({ ".github/wgbot.yml": null, ".github/wgbot.yml/x": "" });
    await expectProblems(dir, [["repo.not-a-file", ".github/wgbot.yml"]]);
  });

  it("a file where the .github folder belongs", async () => {
    const dir = await repo({ ".github/wgbot.yml": null, ".github": "not a folder\n" });
    await expectProblems(dir, [["repo.not-a-folder", ".github"]]);
  });

  it("a file where the work groups folder belongs", async () => {
    const dir = await repo({ [CHARTER]: null, workgroups: "packaging\n" });
    await expectProblems(dir, [["repo.not-a-folder", "workgroups"]]);
  });

  it("a file on the way to a configured work groups folder", async () => {
    const dir = await repo({
      ".github/wgbot.yml": "paths:\n  workgroups: governance/wgs\n",
      [CHARTER]: null,
      governance: "x\n",
    });
    await expectProblems(dir, [["repo.not-a-folder", "governance"]]);
  });
});

describe("files over the size limit are judged by lstat, never read", () => {
  it("a 10 MB sparse report", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    await writeFile(join(dir, REPORT), "");
    await truncate(join(dir, REPORT), 10 * 1024 * 1024);
    const [p] = await expectProblems(dir, [["yaml.too-large", REPORT]]);
    expect(p?.message).toBe("The file is 10.0 MB; wgbot reads files up to 512 KB.");
    expect(opened).not.toContain(join(dir, REPORT));
  });

  it("a 10 MB sparse charter", async () => {
    const dir = await repo();
    await truncate(join(dir, CHARTER), 10 * 1024 * 1024);
    await expectProblems(dir, [["yaml.too-large", CHARTER]]);
    expect(opened).not.toContain(join(dir, CHARTER));
  });

  it("a 10 MB sparse config (the preset is used instead)", async () => {
    const dir = await repo();
    await truncate(join(dir, ".github/wgbot.yml"), 10 * 1024 * 1024);
    await expectProblems(dir, [["yaml.too-large", ".github/wgbot.yml"]]);
  });

  it("one byte over the limit is too large; at the limit it is read", async () => {
    const over = await repo({ [REPORT]: `# ${"x".repeat(512 * 1024 - 1)}` });
    await expectProblems(over, [["yaml.too-large", REPORT]]);
    const at = await repo({ [REPORT]: `# ${"x".repeat(512 * 1024 - 2)}` });
    const { problems } = await validate(at);
    expect(problems.map((p) => [p.code, p.file])).toEqual([["yaml.empty", REPORT]]);
    expect(opened).toContain(join(at, REPORT)); // what is within the limit is opened: the record above works
  });
});

describe("pipes, sockets and devices are never opened", () => {
  it("a FIFO report", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    execFileSync("mkfifo", [join(dir, REPORT)]);
    await expectProblems(dir, [["repo.special-file", REPORT]]);
    expect(opened).not.toContain(join(dir, REPORT));
  });

  it("a FIFO config", async () => {
    const dir = await repo({ ".github/wgbot.yml": null });
    await mkdir(join(dir, ".github"));
    execFileSync("mkfifo", [join(dir, ".github/wgbot.yml")]);
    const [p] = await expectProblems(dir, [["repo.special-file", ".github/wgbot.yml"]]);
    expect(p?.message).toMatch(/is a named pipe \(FIFO\), not a plain file/);
  });

  it("a FIFO that is not a YAML file", async () => {
    const dir = await repo();
    execFileSync("mkfifo", [join(dir, "workgroups/packaging/pipe")]);
    await expectProblems(dir, [["repo.special-file", "workgroups/packaging/pipe"]]);
  });

  it("a FIFO does not hang the installed command (a child process, with a timeout)", async () => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    execFileSync("mkfifo", [join(dir, REPORT)]);
    const result = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/run.ts"), "validate", "-f", "json", dir],
      { cwd: ROOT, timeout: 20_000 },
    ).catch((error: { code?: number; stdout: string; stderr: string; killed?: boolean }) => error);
    expect((result as { killed?: boolean }).killed ?? false).toBe(false);
    expect((result as { code?: number }).code).toBe(1);
    expect(JSON.parse(result.stdout).problems.map((p: Problem) => p.code)).toEqual(["repo.special-file"]);
    expect(result.stderr).toBe("");
  }, 30_000);

  it("a socket", async () => {
    const dir = await repo();
    const path = join(dir, "workgroups/packaging/s.yml");
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(path, done));
    const [p] = await expectProblems(dir, [["repo.special-file", "workgroups/packaging/s.yml"]]);
    expect(p?.message).toMatch(/is a socket/);
  });

  it("a character device", async (ctx) => {
    const dir = await repo();
    await mkdir(join(dir, "workgroups/packaging/reports"));
    try {
      execFileSync("mknod", [join(dir, REPORT), "c", "1", "3"], { stdio: "ignore" });
    } catch {
      ctx.skip(); // making a device needs privileges the machine may not grant
    }
    const [p] = await expectProblems(dir, [["repo.special-file", REPORT]]);
    expect(p?.message).toMatch(/is a device file/);
    expect(opened).not.toContain(join(dir, REPORT));
  });
});

describe("names that are not UTF-8 are shown with their bytes visible", () => {
  const cases: [name: string, bytes: number[], shown: string][] = [
    ["a lone 0xFF", [0x62, 0x61, 0x64, 0xff], "bad\\xFF"],
    ["a truncated sequence", [0x72, 0xc3, 0x28], "r\\xC3("],
    ["an overlong slash", [0x61, 0xc0, 0xaf], "a\\xC0\\xAF"],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], "\\xED\\xA0\\x80"],
    ["Latin-1 text", [0x63, 0x61, 0x66, 0xe9], "caf\\xE9"],
  ];
  for (const [what, bytes, shown] of cases) {
    it(`a file name with ${what}`, async () => {
      const dir = await repo();
      const folder = Buffer.from(join(dir, "workgroups/packaging/"));
      fs.writeFileSync(Buffer.concat([folder, Buffer.from(bytes), Buffer.from(".yml")]), "a: 1\n");
      const [p] = await expectProblems(dir, [["repo.name-encoding", `workgroups/packaging/${shown}.yml`]]);
      expect(p?.message).toContain(`workgroups/packaging/${shown}.yml`);
    });
  }

  it("a folder name that is not UTF-8 is reported and not entered", async () => {
    const dir = await repo();
    const folder = Buffer.concat([Buffer.from(join(dir, "workgroups/")), Buffer.from([0x77, 0x67, 0xfe])]);
    fs.mkdirSync(folder);
    fs.writeFileSync(Buffer.concat([folder, Buffer.from("/charter.yml")]), SECRET_YAML);
    await expectProblems(dir, [["repo.name-encoding", "workgroups/wg\\xFE"]]);
  });

  it("a UTF-8 name that is not ASCII is read as any other", async () => {
    const dir = await repo({ "workgroups/café/charter.yml": "a: 1\n" });
    const { problems } = await validate(dir);
    expect(problems.map((p) => p.code)).toEqual(["repo.misplaced"]);
  });
});

describe("CR-only and mixed line endings give the right lines and invent nothing", () => {
  const valid = charterYaml({ slug: "packaging" });
  const endings: [name: string, convert: (text: string) => string][] = [
    ["CR only", (t) => t.replaceAll("\n", "\r")],
    ["CRLF", (t) => t.replaceAll("\n", "\r\n")],
    [
      "mixed CR, CRLF and LF",
      (t) =>
        t
          .split("\n")
          .map((line, i) => line + ["\r", "\r\n", "\n"][i % 3])
          .join(""),
    ],
  ];
  for (const [name, convert] of endings) {
    it(`${name}: a valid charter has no problems`, async () => {
      const dir = await repo({ [CHARTER]: convert(valid) });
      const { code, problems } = await validate(dir);
      expect(problems).toEqual([]);
      expect(code).toBe(0);
    });

    it(`${name}: a schema error is on its line, with the right code frame`, async () => {
      const broken = valid.replace("status: active", "status: bogus");
      const line = broken.split("\n").indexOf("status: bogus") + 1;
      const dir = await repo({ [CHARTER]: convert(broken) });
      const { problems, human } = await validate(dir);
      expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([["schema.enum", line, 9]]);
      expect(human).toMatch(new RegExp(`^> +${line} \\| status: bogus$`, "m"));
      expect(human).not.toContain("\r");
    });

    it(`${name}: a YAML error is on its line`, async () => {
      const broken = valid.replace("name: Packaging Work Group", "name: Packaging Work Group\nslug: again");
      const line = broken.split("\n").indexOf("slug: again") + 1;
      const dir = await repo({ [CHARTER]: convert(broken) });
      const { problems } = await validate(dir);
      expect(problems.map((p) => [p.code, p.line])).toEqual([["yaml.duplicate-key", line]]);
    });
  }
});

describe("the report pull request check reads bytes as validate does", () => {
  const report = reportYaml({ workgroup: "packaging", period: "2026-10" });

  /** The problems `wgbot validate` and the pull request check find in the same bytes of the same report. */
  async function bothVerdicts(bytes: Uint8Array, size?: number) {
    const dir = await repo({ [REPORT]: bytes });
    const { problems: local } = await validate(dir);
    // Through the same read the check uses: the contents API's base64, as GitHub sends it.
    const github = {
      rest: {
        repos: {
          getContent: async () => ({
            data: {
              type: "file",
              encoding: "base64",
              size: size ?? bytes.byteLength,
              sha: "b".repeat(40),
              content: Buffer.from(bytes)
                .toString("base64")
                .replace(/(.{60})/g, "$1\n"),
            },
          }),
        },
      },
    } as unknown as GitHub;
    const head = await readRepoBytes(github, { owner: "psf", repo: "governance" }, REPORT, "abc");
    const plan = decideReportPr({
      config: PRESETS.psf,
      now: NOW,
      pull: { number: 7, author: "alice", labels: [], headSha: "a".repeat(40), baseRef: "main" },
      files: [{ path: REPORT, status: "added", where: classifyPath(REPORT, "workgroups") as never, head }],
      baseCharters: new Map([["packaging", charterYaml({ slug: "packaging" })]]),
    });
    const shape = (p: Problem) => [p.code, p.line, p.column, p.message];
    return { local: local.map(shape), pr: plan.problems.map(shape), plan };
  }

  const withByte = (text: string, after: string, byte: number[]) => {
    const at = text.indexOf(after) + after.length;
    const enc = new TextEncoder();
    return new Uint8Array([...enc.encode(text.slice(0, at)), ...byte, ...enc.encode(text.slice(at))]);
  };

  it("invalid UTF-8 fails both, at the same place", async () => {
    const { local, pr, plan } = await bothVerdicts(withByte(report, "Released the ", [0xff]));
    expect(local).toEqual([["yaml.encoding", 5, 18, "The file is not valid UTF-8 text."]]);
    expect(pr).toEqual(local);
    expect(plan.checkRun.conclusion).toBe("failure");
  });

  it("an encoded surrogate (CESU-8) fails both", async () => {
    const { local, pr } = await bothVerdicts(withByte(report, "Two sprint ", [0xed, 0xa0, 0xbd]));
    expect(local.map(([code]) => code)).toEqual(["yaml.encoding"]);
    expect(pr).toEqual(local);
  });

  it("a file over the limit fails both with the same words", async () => {
    const big = new TextEncoder().encode(`${report}# ${"x".repeat(600 * 1024)}\n`);
    const { local, pr } = await bothVerdicts(big);
    expect(local.map(([code]) => code)).toEqual(["yaml.too-large"]);
    expect(pr).toEqual(local);
  });

  it("a file over 1 MB, which the API sends without content, fails as too large", async () => {
    const { pr } = await bothVerdicts(new TextEncoder().encode(report), 3 * 1024 * 1024);
    expect(pr).toEqual([["yaml.too-large", 1, 1, "The file is 3.0 MB; wgbot reads files up to 512 KB."]]);
  });

  it("a BOM and CR-only line ends pass both", async () => {
    const text = `\uFEFF${report.replaceAll("\n", "\r")}`;
    const { local, pr } = await bothVerdicts(new TextEncoder().encode(text));
    expect(local).toEqual([]);
    expect(pr).toEqual([]);
  });

  it("mixed line ends: an error on the same line in both", async () => {
    const text = report
      .replace("value: 42", "value: many")
      .split("\n")
      .map((line, i) => line + ["\r", "\r\n", "\n"][i % 3])
      .join("");
    const { local, pr } = await bothVerdicts(new TextEncoder().encode(text));
    expect(local.map(([code, line]) => [code, line])).toEqual([["schema.type", 10]]);
    expect(pr).toEqual(local);
  });
});

describe("config paths stay inside the repository", () => {
  const cases: [name: string, yaml: string, code: string, field: string][] = [
    [
      "a template path with ..",
      "templates:\n  request_report: ../../etc/x.hbs\n",
      "config.template-path",
      "templates.request_report",
    ],
    [
      "a template path with a . folder",
      "templates:\n  request_report: a/./b.hbs\n",
      "config.template-path",
      "templates.request_report",
    ],
    [
      "an absolute template path",
      "templates:\n  request_report: /etc/x.hbs\n",
      "schema.pattern",
      "templates.request_report",
    ],
    [
      "a template path with backslashes",
      "templates:\n  request_report: '..\\\\x.hbs'\n",
      "schema.pattern",
      "templates.request_report",
    ],
    [
      "a template path with NUL",
      'templates:\n  request_report: "a\\0b.hbs"\n',
      "schema.pattern",
      "templates.request_report",
    ],
    [
      "a work groups folder with ..",
      "paths:\n  workgroups: ../..\n",
      "config.workgroups-path",
      "paths.workgroups",
    ],
    ["an absolute work groups folder", "paths:\n  workgroups: /tmp\n", "schema.pattern", "paths.workgroups"],
  ];
  for (const [name, yaml, code, field] of cases) {
    it(name, async () => {
      const dir = await repo({ ".github/wgbot.yml": yaml });
      const [p] = await expectProblems(dir, [[code, ".github/wgbot.yml"]]);
      expect(p?.field).toBe(field);
      expect(`${p?.message} ${p?.hint}`).toMatch(/inside the repository/);
      expect(p?.line).toBe(2);
    });
  }

  it("a template path inside the repository is fine", async () => {
    const dir = await repo({
      ".github/wgbot.yml": "templates:\n  request_report: .github/wgbot/report.hbs\n",
    });
    expect((await validate(dir)).code).toBe(0);
  });
});

describe("simulate refuses a payload without the event's shape (exit 2)", () => {
  const issue = { number: 3, title: "Grant", user: { login: "ann" }, labels: [], body: "" };
  const repository = { name: "governance", owner: { login: "psf" } };
  const cases: [name: string, event: string, payload: object, says: string][] = [
    ["issues without issue", "issues.opened", { repository }, "missing issue"],
    [
      "issue.number as text",
      "issues.opened",
      { repository, issue: { ...issue, number: "3" } },
      "issue.number (must be a whole number above 0)",
    ],
    ["issue as a list", "issues.opened", { repository, issue: [] }, "issue (must be an object)"],
    [
      "issue without a title",
      "issues.edited",
      { repository, issue: { ...issue, title: undefined } },
      "missing issue.title",
    ],
    [
      "labels that are not a list",
      "issues.opened",
      { repository, issue: { ...issue, labels: "x" } },
      "issue.labels (must be a list)",
    ],
    ["no repository", "issues.opened", { issue }, "missing repository"],
    [
      "a repository without an owner",
      "issues.opened",
      { issue, repository: { name: "g" } },
      "missing repository.owner.login",
    ],
    [
      "a comment without a body",
      "issue_comment.created",
      { repository, issue, comment: { id: 1, user: { login: "ann" } } },
      "missing comment.body",
    ],
    ["a comment event without a comment", "issue_comment.created", { repository, issue }, "missing comment"],
    [
      "a pull request without a head",
      "pull_request.opened",
      { repository, pull_request: { number: 1, user: { login: "a" }, base: { ref: "main" } } },
      "missing pull_request.head.sha",
    ],
    ["a label event without the label", "issues.labeled", { repository, issue }, "missing label.name"],
  ];
  for (const [name, event, payload, says] of cases) {
    it(name, async () => {
      const dir = await tempDir();
      await writeFile(join(dir, "payload.json"), JSON.stringify(payload));
      const run = await runCli(["simulate", event, join(dir, "payload.json"), "--repo", "examples/psf"]);
      expectClean(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr).toMatch(/^wgbot simulate: the payload is not a complete [a-z_]+ event: /);
      expect(run.stdout).toBe("");
    });
  }

  it("a payload that is a named pipe is refused, not waited on", async () => {
    const dir = await tempDir();
    execFileSync("mkfifo", [join(dir, "payload.json")]);
    const run = await runCli(["simulate", "issues", join(dir, "payload.json"), "--repo", "examples/psf"]);
    expectClean(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a plain file");
  });

  it("the sweep needs nothing from its payload", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "payload.json"), "{}");
    const run = await runCli([
      "simulate",
      "schedule",
      join(dir, "payload.json"),
      "--repo",
      "examples/psf",
      "-f",
      "json",
    ]);
    expectClean(run);
    expect(run.code).toBe(0);
  });
});
