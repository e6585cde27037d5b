// Bundles the runtimes into dist/ with esbuild. dist/ is committed (the Action runs it as is) and
// `npm run check:clean` fails when it is not what the sources build.
import { build } from "esbuild";

const entries = { cli: "src/cli/run.ts" };
await build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __wgbotCreateRequire } from 'node:module'; const require = __wgbotCreateRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
  sourcemap: false,
});
