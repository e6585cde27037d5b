// Bundles the runtimes into dist/ with esbuild. dist/ is committed (the Action runs it as is) and
// `npm run check:clean` fails when it is not what the sources build.
import { build } from "esbuild";

// cli: the `wgbot` command; index: the GitHub Action (action.yml runs dist/index.js on a runner that has no
// node_modules, so it carries every dependency).
const entries = { cli: "src/cli/run.ts", index: "src/action/run.ts" };
const common = {
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);",
  },
  legalComments: "none",
  logLevel: "warning",
  sourcemap: false,
};
await build({ ...common, entryPoints: entries });
// server: the Probot app server (`npm start`). It is deployed with `npm ci --omit=dev`, so its dependencies
// (probot, pino, and ioredis when REDIS_URL is used) stay in node_modules; only wgbot's own code is bundled.
await build({ ...common, entryPoints: { server: "src/server/run.ts" }, packages: "external" });
