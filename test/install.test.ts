/**
 * The `wgbot` command outside a clone, as the README's install section says: the package as `npm pack` makes it
 * (the release tarball), installed into a prefix of its own, run from another folder. The package is packed from
 * a staging folder holding the files package.json publishes, with dist/cli.js built from the current sources (dist/
 * in the repository is rebuilt only with a commit). `npm install -g` would fetch the server's dependencies from
 * the registry, which tests never reach, so the install is done as npm does it for a global package: the tarball
 * unpacked into <prefix>/lib/node_modules/wgbot and its `bin` linked into <prefix>/bin. The CLI is one bundle
 * carrying every dependency it needs, so nothing else is required, and that is checked too.
 */
import { execFile } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/cli.ts";

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  files: string[];
};

let work: string;
let wgbot: string;
let listing: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "wgbot-install-"));
  const stage = join(work, "stage");
  mkdirSync(stage);
  for (const entry of [...pkg.files.filter((f) => f !== "dist"), "package.json", "README.md"])
    cpSync(join(ROOT, entry), join(stage, entry), { recursive: true });
  await build({
    entryPoints: { cli: join(ROOT, "src/cli/run.ts") },
    outdir: join(stage, "dist"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: {
      js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  const packed = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: stage });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  listing = (info?.files ?? []).map((f) => f.path);
  const prefix = join(work, "prefix");
  const target = join(prefix, "lib", "node_modules", pkg.name);
  mkdirSync(target, { recursive: true });
  await run("tar", ["-xzf", join(work, info?.filename as string), "-C", target, "--strip-components=1"]);
  mkdirSync(join(prefix, "bin"));
  wgbot = join(prefix, "bin", "wgbot");
  symlinkSync(join(target, pkg.bin.wgbot as string), wgbot);
  // npm makes a bin executable when it links it; the tarball's mode is checked below.
  chmodSync(join(target, pkg.bin.wgbot as string), 0o755);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the package", () => {
  it("holds the command, its bundle, schemas and templates, and no sources or tests", () => {
    expect(listing).toEqual(
      expect.arrayContaining(["bin/wgbot.js", "dist/cli.js", "package.json", "README.md"]),
    );
    expect(listing.some((p) => p.startsWith("templates/"))).toBe(true);
    expect(listing.some((p) => p.startsWith("schemas/"))).toBe(true);
    expect(listing.filter((p) => /^(src|test|bench|node_modules)\//.test(p))).toEqual([]);
  });

  it("names a bin whose first line asks for node", () => {
    expect(readFileSync(join(ROOT, pkg.bin.wgbot as string), "utf8").split("\n")[0]).toBe(
      "#!/usr/bin/env node",
    );
  });
});

describe("wgbot, installed, run from another folder", () => {
  // A folder that has nothing to do with the clone or the prefix; no node_modules anywhere above it but the system's.
  const elsewhere = () => {
    const dir = join(work, "elsewhere");
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it("--version prints the package's version", async () => {
    const { stdout } = await run(wgbot, ["--version"], { cwd: elsewhere() });
    expect(stdout.trim()).toContain(pkg.version);
  });

  it("init then validate: a new governance repository, checked with no problems", async () => {
    const repo = join(work, "governance");
    await run(wgbot, ["init", repo], { cwd: elsewhere() });
    const { stdout } = await run(wgbot, ["validate", repo], { cwd: elsewhere() });
    expect(stdout).toContain("no problems");
  });

  it("validate reports a broken config with exit code 1", async () => {
    const repo = join(work, "broken");
    await run(wgbot, ["init", repo], { cwd: elsewhere() });
    writeFileSync(join(repo, ".github", "wgbot.yml"), "preset: nonsense\n");
    await expect(run(wgbot, ["validate", repo], { cwd: elsewhere() })).rejects.toMatchObject({ code: 1 });
  });
});
