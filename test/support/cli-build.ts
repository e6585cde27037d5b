/**
 * The `wgbot` command built from the current sources as `npm run build` builds dist/cli.js, into a folder of its own
 * with bin/wgbot.js beside it: dist/ in the repository is rebuilt only when a change is committed, and a test of
 * the installed command must run the code under test. Built once per test process, removed when it exits.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { ROOT } from "./cli.ts";

let built: Promise<string> | undefined;

function cliBuild(): Promise<string> {
  built ??= (async () => {
    const dir = join(tmpdir(), `wgbot-cli-build-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "bin"), { recursive: true });
    await build({
      entryPoints: { cli: join(ROOT, "src", "cli", "run.ts") },
      outdir: join(dir, "dist"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      banner: {
        js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);",
      },
      logLevel: "warning",
    });
    copyFileSync(join(ROOT, "bin", "wgbot.js"), join(dir, "bin", "wgbot.js"));
    symlinkSync(join(ROOT, "templates"), join(dir, "templates"));
    symlinkSync(join(ROOT, "schemas"), join(dir, "schemas"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return built;
}

/** `node bin/wgbot.js …argv` of the build, in `cwd`, with `env` only (and NO_COLOR). */
export async function runBuiltCli(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = join(await cliBuild(), "bin", "wgbot.js");
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...argv], {
      cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
