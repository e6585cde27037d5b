// Precompiles the JSON Schemas into validator code (Ajv "standalone"), so no run pays for compiling them:
// the CLI validating thousands of files and the Action's cold start both start validating at once.
// Output: src/generated/validators.js (+ .d.ts). `npm run check:clean` fails when it is not what the schemas give.
import { readFile, writeFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const names = ["charter", "report", "grant", "config", "ledger"];

// allErrors: users want every problem at once, not one per run. verbose: the message writer needs the failing
// sub-schema (its title, description and examples) to write a useful hint. strictRequired is off: it refuses
// `then: { required: [deposit] }` in the grant schema (a field defined in the parent's properties).
const ajv = new Ajv2020({
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: false },
});
addFormats(ajv, ["date", "uri", "email"]);
for (const name of names) {
  ajv.addSchema(
    JSON.parse(await readFile(new URL(`../schemas/${name}.schema.json`, import.meta.url), "utf8")),
    name,
  );
}
let code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])));

// Ajv's ESM output still calls require() for its runtime helpers and formats; turn those into imports so the file
// is plain ESM for Node, vitest and esbuild alike.
const modules = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
modules.forEach((module, i) => {
  code = code.replaceAll(`require("${module}")`, `__module${i}`);
});
// Each helper is CommonJS; loaders disagree on what a namespace import of one holds (Node puts module.exports
// under .default, vite and esbuild may not), so settle on module.exports either way.
const imports = modules
  .map(
    (module, i) =>
      `import * as __ns${i} from "${module}.js";\nconst __module${i} = __ns${i}.default?.default ? __ns${i}.default : __ns${i};`,
  )
  .join("\n");
code = code.replace(/^"use strict";/, "");
const banner = "// Generated from schemas/*.schema.json by scripts/gen-validators.mjs. Do not edit.\n";
await writeFile(new URL("../src/generated/validators.js", import.meta.url), `${banner}${imports}\n${code}\n`);
await writeFile(
  new URL("../src/generated/validators.d.ts", import.meta.url),
  `${banner}import type { ValidateFunction } from "ajv";\n${names.map((n) => `export declare const ${n}: ValidateFunction;`).join("\n")}\n`,
);
