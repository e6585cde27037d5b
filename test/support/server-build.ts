/**
 * The server built from the current sources, as `npm run build` would build dist/server.js, into a folder of its
 * own: dist/ in the repository is rebuilt only when a change is committed, and a test of the server's process must
 * run the code under test. The folder, under node_modules/.cache (so the bundle finds the packages as the deployed
 * one does), holds the bundle, the package.json (`npm start` runs from it) and a link to templates/; it is removed
 * when the test process exits.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { ROOT } from "./server-process.ts";

let built: Promise<string> | undefined;

/** The folder, built once per test process. */
export function serverBuild(): Promise<string> {
  built ??= (async () => {
    const cache = join(ROOT, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    // One folder per test process, named by its id; those of processes that are gone (a worker that was killed
    // before its exit handler ran) are removed here.
    for (const name of readdirSync(cache)) {
      const pid = Number(/^wgbot-server-(\d+)$/.exec(name)?.[1]);
      if (pid && pid !== process.pid && !alive(pid))
        rmSync(join(cache, name), { recursive: true, force: true });
    }
    const dir = join(cache, `wgbot-server-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    await build({
      entryPoints: { server: join(ROOT, "src", "server", "run.ts") },
      outdir: join(dir, "dist"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      banner: {
        js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);",
      },
      logLevel: "warning",
    });
    copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
    symlinkSync(join(ROOT, "templates"), join(dir, "templates"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  })();
  return built;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
